package org.youthimages.app.site;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class JarEntryResourceLoaderTest {

    @TempDir Path folder;
    private Path jar;
    private URLClassLoader classLoader;
    private JarEntryResourceLoader root;

    @BeforeEach
    void jarWithAPublicFolder() throws IOException {
        jar = folder.resolve("site.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            entry(out, "public/", null);
            entry(out, "public/site.css", "body { margin: 0 }");
            entry(out, "public/fonts/", null);
            entry(out, "public/fonts/sans.woff2", "font");
            entry(out, "application.yml", "secret: yes");
        }
        classLoader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
        root = new JarEntryResourceLoader(classLoader, "");
    }

    @AfterEach
    void close() throws IOException {
        classLoader.close();
    }

    @Test
    void readsAFileOfItsFolderFromTheJar() throws IOException {
        var publicFiles = root.forBase("classpath:public");

        assertThat(publicFiles.getResource("site.css")).isPresent();
        try (InputStream in = publicFiles.getResourceAsStream("/fonts/sans.woff2").orElseThrow()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("font");
        }
    }

    @Test
    void answersNothingForAFolderOrAMissingFile() {
        var publicFiles = root.forBase("classpath:public");

        assertThat(publicFiles.getResource("fonts")).isEmpty();
        assertThat(publicFiles.getResource("fonts/")).isEmpty();
        assertThat(publicFiles.getResource("")).isEmpty();
        assertThat(publicFiles.getResource("missing.css")).isEmpty();
    }

    @Test
    void refusesAPathThatClimbsOutOfItsFolder() {
        var publicFiles = root.forBase("classpath:public");

        assertThat(publicFiles.getResource("../application.yml")).isEmpty();
        assertThat(publicFiles.getResource("fonts/../../application.yml")).isEmpty();
        assertThat(root.getResource("classpath:application.yml")).isPresent();
    }

    @Test
    void leavesTheJarsZipFileSystemThatOthersServeFromOpen() throws IOException {
        URI jarUri = URI.create("jar:" + jar.toUri());
        try (FileSystem servedByJetty = FileSystems.newFileSystem(jarUri, Map.of())) {
            var publicFiles = root.forBase("classpath:public");

            assertThat(publicFiles.getResource("site.css")).isPresent();
            assertThat(publicFiles.getResource("fonts")).isEmpty();

            assertThat(servedByJetty.isOpen()).isTrue();
            assertThat(Files.readString(servedByJetty.getPath("public/site.css"))).isEqualTo("body { margin: 0 }");
        }
    }

    private static void entry(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        if (text != null) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        out.closeEntry();
    }
}
