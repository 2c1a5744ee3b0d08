package org.youthimages.app.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback link between the browser and the site that a test can cut, as a phone loses its signal: the requests
 * under way break off and new ones find nobody until the link is restored. (Chromium's own offline emulation lets a
 * request already under way finish.)
 */
public final class CuttableLink implements AutoCloseable {

    private final URI site;
    private final ServerSocket listener;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;

    public CuttableLink(URI site) throws IOException {
        this.site = site;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::accept);
    }

    /** The site's address through this link. */
    public String url() {
        return "http://localhost:" + listener.getLocalPort();
    }

    public void cut() {
        cut = true;
        open.forEach(CuttableLink::close);
    }

    public void restore() {
        cut = false;
    }

    @Override
    public void close() throws IOException {
        listener.close();
        cut();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket browser = listener.accept();
                if (cut) {
                    close(browser);
                } else {
                    connect(browser);
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    private void connect(Socket browser) throws IOException {
        Socket server = new Socket(site.getHost(), site.getPort());
        open.add(browser);
        open.add(server);
        Thread.ofVirtual().start(() -> pipe(browser, server));
        Thread.ofVirtual().start(() -> pipe(server, browser));
    }

    private void pipe(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException e) {
            // the link was cut, or one side hung up: both ends go, as on a real network
        } finally {
            close(from);
            close(to);
        }
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already broken: nothing left to close
        }
    }
}
