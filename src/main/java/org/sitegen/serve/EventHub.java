package org.sitegen.serve;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Fans build events out to every open browser tab (Server-Sent Events). Remembers the last
 * event, so a tab that connects while the build is broken sees the problems at once, and
 * whether any build has succeeded yet, so that until one has every URL shows the problems.
 */
final class EventHub {
    /** One server-sent event. */
    record Event(String name, String data) {
        String wireFormat() {
            StringBuilder out = new StringBuilder("event: ").append(name).append('\n');
            data.lines().forEach(line -> out.append("data: ").append(line).append('\n'));
            if (data.isEmpty()) {
                out.append("data: \n");
            }
            return out.append('\n').toString();
        }
    }

    private final List<BlockingQueue<Event>> listeners = new CopyOnWriteArrayList<>();
    private volatile Event last = new Event("ok", "");
    private volatile boolean siteBuilt;

    BlockingQueue<Event> subscribe() {
        BlockingQueue<Event> queue = new LinkedBlockingQueue<>();
        queue.add(last);
        listeners.add(queue);
        return queue;
    }

    void unsubscribe(BlockingQueue<Event> queue) {
        listeners.remove(queue);
    }

    /** {@code ok} or {@code reload} after a good build, {@code problems} after a failed one. */
    void publish(Event event) {
        if (!event.name().equals("problems")) {
            siteBuilt = true;
        }
        last = event.name().equals("reload") ? new Event("ok", "") : event;
        listeners.forEach(queue -> queue.add(event));
    }

    /** The problems of the last build while no build has succeeded yet: there is no site to show. */
    Optional<String> problemsBeforeFirstGoodBuild() {
        Event event = last;
        return !siteBuilt && event.name().equals("problems") ? Optional.of(event.data()) : Optional.empty();
    }

    int listenerCount() {
        return listeners.size();
    }
}
