package org.youthimages.app.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A loopback link between the browser and the site that a test can cut, as a phone loses its signal: the requests
 * under way break off, what the browser had sent but the site not yet received is lost, and new requests find nobody
 * until the link is restored. (Chromium's own offline emulation lets a request already under way finish.) What the
 * browser sends reaches the site after a delay, as over a mobile network, so that a cut loses bytes in flight.
 */
public final class CuttableLink implements AutoCloseable {

    private final URI site;
    private final Duration delay;
    private final ServerSocket listener;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;

    public CuttableLink(URI site, Duration delay) throws IOException {
        this.site = site;
        this.delay = delay;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::accept);
    }

    /** The site's address through this link. */
    public String url() {
        return "http://localhost:" + listener.getLocalPort();
    }

    public void cut() {
        cut = true;
        open.forEach(this::close);
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
        BlockingQueue<InFlight> air = new LinkedBlockingQueue<>();
        Thread.ofVirtual().start(() -> send(browser, air, server));
        Thread.ofVirtual().start(() -> deliver(air, server, browser));
        Thread.ofVirtual().start(() -> pipe(server, browser));
    }

    /** Bytes the browser sent, to reach the site at {@code due}. */
    private record InFlight(byte[] bytes, long due) {
    }

    private void send(Socket browser, BlockingQueue<InFlight> air, Socket server) {
        byte[] buffer = new byte[16384];
        try {
            for (int n; (n = browser.getInputStream().read(buffer)) > 0; ) {
                air.add(new InFlight(Arrays.copyOf(buffer, n), System.nanoTime() + delay.toNanos()));
            }
        } catch (IOException e) {
            // the link was cut, or the browser hung up: what is still in the air is lost with the site's end
        }
        air.add(new InFlight(new byte[0], System.nanoTime() + delay.toNanos()));
    }

    private void deliver(BlockingQueue<InFlight> air, Socket server, Socket browser) {
        try {
            for (InFlight packet = air.take(); packet.bytes().length > 0; packet = air.take()) {
                Thread.sleep(Duration.ofNanos(Math.max(0, packet.due() - System.nanoTime())));
                server.getOutputStream().write(packet.bytes());
            }
        } catch (IOException | InterruptedException e) {
            // cut while the bytes were in the air: they never arrive
        } finally {
            close(server);
            close(browser);
        }
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

    private void close(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException e) {
            // already broken: nothing left to close
        }
    }
}
