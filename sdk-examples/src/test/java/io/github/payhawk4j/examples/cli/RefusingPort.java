package io.github.payhawk4j.examples.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * A loopback port that refuses connections for as long as it is open: bound by a socket that never listens.
 * Unlike a port that was free a moment ago, no other process on the machine can start listening on it meanwhile.
 */
final class RefusingPort implements AutoCloseable {

    private final Socket socket;

    private RefusingPort(Socket socket) {
        this.socket = socket;
    }

    static RefusingPort open() throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        return new RefusingPort(socket);
    }

    int number() {
        return socket.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
