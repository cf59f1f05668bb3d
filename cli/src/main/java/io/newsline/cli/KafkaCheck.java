package io.newsline.cli;

import io.newsline.runtime.app.KafkaClients;
import io.newsline.runtime.config.NewslineConfig;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;

/**
 * Checks, before a command does anything, that the cluster answers within a time limit, so that an unreachable
 * broker ends the command in seconds with one line naming the address and the cause instead of a wrong answer
 * after a minute. First a TCP connection to each bootstrap address (refused, unknown host, no answer), then a
 * Kafka request (describe cluster), which also catches TLS or SASL settings that do not fit and a broker that
 * advertises a listener this machine cannot reach. Stateless.
 */
final class KafkaCheck {

    private KafkaCheck() {}

    /** Throws a {@link CommandFailure} naming the address and the cause unless the cluster answers in time. */
    static void check(NewslineConfig config, Duration timeout) {
        String servers = config.require(NewslineConfig.BOOTSTRAP_SERVERS);
        List<String> failures = new ArrayList<>();
        boolean connected = false;
        for (String address : servers.split(",")) {
            String failure = connect(address.strip(), timeout);
            if (failure == null) {
                connected = true;
                break;
            }
            failures.add(failure);
        }
        if (!connected) {
            throw new CommandFailure("cannot reach Kafka at " + servers + ": " + String.join("; ", failures));
        }
        Admin admin = admin(config, timeout);
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs(millis(timeout))).nodes()
                    .get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new CommandFailure("cannot reach Kafka at " + servers + ": " + cause(e, timeout));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure("interrupted while connecting to Kafka at " + servers);
        } finally {
            admin.close(Duration.ZERO); // nothing left to wait for: the answer came or the time is up
        }
    }

    /** The names of the topics the cluster has (internal ones left out). */
    static Set<String> topicNames(NewslineConfig config, Duration timeout) {
        return ask(config, timeout, "list the topics", admin -> await(
                admin.listTopics(new ListTopicsOptions().timeoutMs(millis(timeout))).names(), timeout));
    }

    /** A request to the cluster through an admin client, waiting for its answers with {@link #await}. */
    @FunctionalInterface
    interface AdminRequest<T> {
        T send(Admin admin) throws ExecutionException, TimeoutException, InterruptedException;
    }

    /**
     * Sends {@code request} with an admin client whose calls give up after the timeout. When the cluster refuses or
     * does not answer in time, the command ends with one line: {@code cannot WHAT at SERVERS: cause}.
     */
    static <T> T ask(NewslineConfig config, Duration timeout, String what, AdminRequest<T> request) {
        try (Admin admin = admin(config, timeout)) {
            return request.send(admin);
        } catch (ExecutionException | TimeoutException e) {
            throw new CommandFailure("cannot " + what + " at " + config.require(NewslineConfig.BOOTSTRAP_SERVERS) + ": "
                    + (isTimeout(e) ? "no answer within " + seconds(timeout) + " (--timeout waits longer)" : cause(e, timeout)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure("interrupted while trying to " + what);
        }
    }

    /** The future's value, waiting no longer than the timeout (and a second, so the client's own timeout fires first). */
    static <T> T await(KafkaFuture<T> future, Duration timeout)
            throws ExecutionException, TimeoutException, InterruptedException {
        return future.get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
    }

    private static boolean isTimeout(Exception e) {
        Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
        return cause instanceof TimeoutException || cause instanceof org.apache.kafka.common.errors.TimeoutException;
    }

    /** Throws a {@link CommandFailure} naming the topics the cluster lacks. */
    static void requireTopics(NewslineConfig config, Duration timeout, Collection<String> topics) {
        List<String> missing = new ArrayList<>(topics);
        missing.removeAll(topicNames(config, timeout));
        if (!missing.isEmpty()) {
            throw new CommandFailure("no topic " + String.join(", ", missing) + " at "
                    + config.require(NewslineConfig.BOOTSTRAP_SERVERS)
                    + " (newsline topics create makes the catalogue's topics)");
        }
    }

    /** An admin client whose calls give up after the timeout. */
    static Admin admin(NewslineConfig config, Duration timeout) {
        Map<String, Object> props = new HashMap<>(KafkaClients.admin(config));
        props.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis(timeout));
        props.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis(timeout));
        return Admin.create(props);
    }

    /** Null when a TCP connection to {@code host:port} opens within the timeout, else why not. */
    static String connect(String address, Duration timeout) {
        int colon = address.lastIndexOf(':');
        if (colon <= 0) {
            return address + ": not HOST:PORT";
        }
        String host = address.substring(0, colon).replace("[", "").replace("]", "");
        int port;
        try {
            port = Integer.parseInt(address.substring(colon + 1));
        } catch (NumberFormatException e) {
            return address + ": not HOST:PORT";
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), millis(timeout));
            return null;
        } catch (UnknownHostException e) {
            return address + ": unknown host " + host;
        } catch (ConnectException e) {
            return address + ": connection refused";
        } catch (SocketTimeoutException e) {
            return address + ": no answer within " + seconds(timeout);
        } catch (IOException | IllegalArgumentException e) {
            return address + ": " + e.getMessage();
        }
    }

    private static String cause(Exception e, Duration timeout) {
        Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
        if (cause instanceof AuthenticationException || cause instanceof AuthorizationException) {
            return "refused: " + cause.getMessage();
        }
        if (isTimeout(e)) {
            return "the port answers but Kafka did not within " + seconds(timeout)
                    + " (not a Kafka listener, TLS/SASL settings that do not fit it, or a broker advertising an "
                    + "address this machine cannot reach; --timeout waits longer)";
        }
        return CommandErrors.oneLine(cause.getMessage());
    }

    static int millis(Duration timeout) {
        return (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
    }

    static String seconds(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() / 1000.0 + " s";
    }
}
