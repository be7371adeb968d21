package org.sitegen.serve;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Fans build events out to every open browser tab (Server-Sent Events). Remembers the last
 * event, so a tab that connects while the build is broken sees the problems at once.
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

    BlockingQueue<Event> subscribe() {
        BlockingQueue<Event> queue = new LinkedBlockingQueue<>();
        queue.add(last);
        listeners.add(queue);
        return queue;
    }

    void unsubscribe(BlockingQueue<Event> queue) {
        listeners.remove(queue);
    }

    void publish(Event event) {
        last = event.name().equals("reload") ? new Event("ok", "") : event;
        listeners.forEach(queue -> queue.add(event));
    }

    int listenerCount() {
        return listeners.size();
    }
}
