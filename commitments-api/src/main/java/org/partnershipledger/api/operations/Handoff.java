package org.partnershipledger.api.operations;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A bounded queue between a rebuild's thread and a helper thread (reading events ahead, writing rows behind). The
 * rebuild's side never waits forever on a helper that has stopped: it checks the helper's task while it waits, and
 * throws what made it fail. The helper's side waits plainly and is stopped by cancelling its task.
 *
 * @param <T> what is handed over
 */
final class Handoff<T> {

    private final BlockingQueue<T> queue;
    private final String helper;
    private Future<?> task;

    /** @param helper what the helper does, for messages ("reading the events") */
    Handoff(int capacity, String helper) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.helper = helper;
    }

    /** The helper's task, once submitted. */
    Handoff<T> helpedBy(Future<?> task) {
        this.task = task;
        return this;
    }

    /** The rebuild's side hands an item to the helper, waiting while the queue is full. */
    void give(T item) {
        try {
            while (!queue.offer(item, 200, TimeUnit.MILLISECONDS)) {
                throwIfStopped();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + helper, e);
        }
    }

    /** The rebuild's side takes the helper's next item, waiting while there is none. */
    T receive() {
        try {
            while (true) {
                T next = queue.poll(200, TimeUnit.MILLISECONDS);
                if (next != null) {
                    return next;
                }
                if (task.isDone()) {
                    T last = queue.poll();
                    if (last != null) {
                        return last;
                    }
                    throwIfStopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + helper, e);
        }
    }

    /** The helper's side: waits for room, or to be cancelled. */
    void put(T item) throws InterruptedException {
        queue.put(item);
    }

    /** The helper's side: waits for an item, or to be cancelled. */
    T take() throws InterruptedException {
        return queue.take();
    }

    /** Waits for the helper's task to end; throws what made it fail. */
    void awaitHelper() {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + helper, e);
        } catch (ExecutionException e) {
            throw failure(e);
        }
    }

    private void throwIfStopped() throws InterruptedException {
        if (task.isDone()) {
            try {
                task.get();
            } catch (ExecutionException e) {
                throw failure(e);
            }
            throw new IllegalStateException(helper + " stopped early");
        }
    }

    private RuntimeException failure(ExecutionException e) {
        return e.getCause() instanceof RuntimeException failure ? failure
                : new IllegalStateException(helper + " failed: " + e.getCause(), e.getCause());
    }
}
