package org.wirewatch.broker;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The two loopback ports of the single node. They are kept in the data dir because KRaft writes
 * the controller's endpoint into its metadata log: a restart must listen where the log says.
 */
record BrokerPorts(int client, int controller) {

    static final String FILE_NAME = "broker.properties";
    private static final String CLIENT_KEY = "client.port";
    private static final String CONTROLLER_KEY = "controller.port";

    BrokerPorts {
        if (client == controller) {
            throw new IllegalArgumentException("The client and controller ports must differ, both were " + client);
        }
    }

    /** The ports of an earlier start on {@code dataDir}, if there was one. */
    static Optional<BrokerPorts> load(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
            return Optional.of(new BrokerPorts(
                    Integer.parseInt(properties.getProperty(CLIENT_KEY)),
                    Integer.parseInt(properties.getProperty(CONTROLLER_KEY))));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot read the broker ports from " + file, e);
        }
    }

    /** Two distinct free ports: both sockets are open at once so the OS cannot hand out one twice. */
    static BrokerPorts free() {
        try (ServerSocket client = bindLoopback(0);
                ServerSocket controller = bindLoopback(0)) {
            return new BrokerPorts(client.getLocalPort(), controller.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find free loopback ports", e);
        }
    }

    BrokerPorts withClient(int port) {
        return new BrokerPorts(port, controller);
    }

    void save(Path dataDir) {
        Properties properties = new Properties();
        properties.setProperty(CLIENT_KEY, Integer.toString(client));
        properties.setProperty(CONTROLLER_KEY, Integer.toString(controller));
        Path file = dataDir.resolve(FILE_NAME);
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(
                    writer, "Loopback ports of the embedded Kafka broker; the controller port must not change");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** Fails with a message a person can act on, before Kafka fails with a bind error deep inside. */
    void requireFree(Path dataDir) {
        if (!isFree(client)) {
            throw new IllegalStateException("The Kafka client port 127.0.0.1:" + client + " is in use. Stop whatever"
                    + " holds it (another broker on data dir " + dataDir + "?) or ask for another client port.");
        }
        if (!isFree(controller)) {
            throw new IllegalStateException("The Kafka controller port 127.0.0.1:" + controller + " is in use. Stop"
                    + " whatever holds it (another broker on data dir " + dataDir + "?): this data dir's metadata"
                    + " names that port, so a broker on it cannot move to another one.");
        }
    }

    private static boolean isFree(int port) {
        try {
            bindLoopback(port).close();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static ServerSocket bindLoopback(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            socket.bind(new InetSocketAddress(SingleNodeConfig.HOST, port));
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }
}
