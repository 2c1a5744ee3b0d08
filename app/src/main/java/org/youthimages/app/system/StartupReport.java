package org.youthimages.app.system;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.youthimages.judging.server.JudgingServer;
import org.youthimages.storage.demo.DemoAccount;
import org.youthimages.storage.demo.DemoSetup;
import org.youthimages.storage.embedded.DataFolder;
import org.youthimages.storage.job.WorkerSettings;
import org.youthimages.storage.objects.ObjectStorageConnection;
import org.youthimages.storage.publication.PublicSiteLinks;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * Tells whoever started the platform where to find it: the two addresses, where the data lives and,
 * with {@code --demo}, one line per demo account ({@code demo account: ROLE email password}) for people and scripts.
 */
@Singleton
final class StartupReport implements ApplicationEventListener<ServerStartupEvent> {

    private final DataFolder dataFolder;
    private final ObjectStorageConnection storage;
    private final Optional<JudgingServer> judging;
    private final DemoSetup demo;
    private final boolean demoEnabled;
    private final String databaseUrl;
    private final PublicSiteLinks publicLinks;
    private final WorkerSettings workers;

    StartupReport(DataFolder dataFolder, ObjectStorageConnection storage, Optional<JudgingServer> judging,
                  DemoSetup demo, @Value("${yi.demo.enabled:false}") boolean demoEnabled,
                  @Value("${datasources.default.url:}") String databaseUrl, WorkerSettings workers,
                  PublicSiteLinks publicLinks) {
        this.publicLinks = publicLinks;
        this.dataFolder = dataFolder;
        this.storage = storage;
        this.judging = judging;
        this.demo = demo;
        this.demoEnabled = demoEnabled;
        this.databaseUrl = databaseUrl;
        this.workers = workers;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        publicLinks.listeningOn(event.getSource().getPort());
        List<DemoAccount> accounts = demoEnabled ? demo.ensureDemo() : List.of();
        if (demoEnabled) {
            demo.prepareFilms();
        }
        PrintStream out = System.out;
        out.println();
        out.println("Youth Images is running");
        out.println("  public site and API:  " + event.getSource().getURL());
        judging.ifPresent(j -> out.println("  judging interface:    http://localhost:" + j.port()));
        out.println("  database:             " + (databaseUrl.isBlank()
                ? "embedded PostgreSQL, data in " + dataFolder.root().resolve("postgres") : "external"));
        out.println("  object storage:       " + (storage.embedded()
                ? "embedded S3 server at " + storage.endpoint() + ", objects in " + dataFolder.root().resolve("objects")
                : "external, bucket " + storage.bucket()));
        out.println("  transcoding:          " + (workers.threads() > 0
                ? workers.threads() + " worker thread(s) in this process" : "no workers here (yi.worker.threads=0)"));
        accounts.forEach(account -> out.println(account.line()));
        if (demoEnabled) {
            out.println("demo films: the demo edition's sample films are generated and processed in the background;"
                    + " the jurors find them in their queues once ready");
        }
        out.println();
        out.flush();
    }
}
