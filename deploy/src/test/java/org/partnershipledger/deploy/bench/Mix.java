package org.partnershipledger.deploy.bench;

import org.HdrHistogram.Recorder;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One client's realistic mix of commands on a partnership: adopt a priority (and define its indicator), pledge,
 * revise a pledge, record spend, record an outcome — in the proportions a secretariat and partners would send them.
 *
 * <p>A partnership has tens of priorities and a few pledges to each, which then live for years: once a client has
 * adopted {@value #MAX_PRIORITIES} priorities and made {@value #MAX_PLEDGES} pledges, its adoptions and pledges
 * become revisions, spend and outcomes on what it has. A long-lived partnership's history therefore grows the way a
 * real one's does — long-lived priorities and pledges with thousands of events — rather than into a matrix of
 * tens of thousands of priorities no board would hold.
 */
final class Mix {

    static final int MAX_PRIORITIES = 25;
    static final int MAX_PLEDGES = 250;

    private static final String[] THEMES = {"fairer", "safer"};
    private static final String[] PRINCIPLES = {"value", "engagement"};
    private static final String[] PARTNERS = {"council", "police", "health"};

    private final Api api;
    private final String base;
    private final String prefix;
    private final Random random;
    private final List<String> priorities = new ArrayList<>();
    private final List<String> pledges = new ArrayList<>();
    /** This client's latencies (µs) and refusals. */
    final Recorder latency = new Recorder(3);
    final AtomicLong errors = new AtomicLong();
    private long next;

    Mix(Api api, String partnershipId, String prefix, long seed) {
        this.api = api;
        this.base = "/api/partnerships/" + partnershipId;
        this.prefix = prefix;
        this.random = new Random(seed);
    }

    /** Records a partnership with two themes, two principles and three partners. */
    static void establish(Api api, String partnershipId) {
        api.post("/api/partnerships", "{\"id\": \"" + partnershipId + "\", \"name\": \"Benchmark " + partnershipId
                + "\", \"place\": \"Benchborough\", \"vision\": \"Measured\"}").require(201);
        String base = "/api/partnerships/" + partnershipId;
        for (String theme : THEMES) {
            api.post(base + "/themes", "{\"id\": \"" + theme + "\", \"name\": \"" + theme + "\"}").require(201);
        }
        for (String principle : PRINCIPLES) {
            api.post(base + "/principles", "{\"id\": \"" + principle + "\", \"name\": \"" + principle + "\"}")
                    .require(201);
        }
        for (String partner : PARTNERS) {
            api.post(base + "/partners", "{\"id\": \"" + partner + "\", \"name\": \"" + partner
                    + "\", \"sector\": \"OTHER\"}").require(201);
        }
    }

    /** Sends one command of the mix; its latency goes to the recorder, a refusal to the error count. */
    void step(Recorder latency, AtomicLong errors) {
        int dice = random.nextInt(100);
        if ((dice < 10 && priorities.size() >= MAX_PRIORITIES) || (dice >= 10 && dice < 45
                && pledges.size() >= MAX_PLEDGES)) {
            dice = 45 + random.nextInt(55);
        }
        if (priorities.isEmpty() || dice < 10) {
            String priority = prefix + "-p" + next++;
            if (timed(latency, errors, base + "/priorities", "{\"id\": \"" + priority + "\", \"themeId\": \""
                    + pick(THEMES) + "\", \"principleId\": \"" + pick(PRINCIPLES) + "\", \"title\": \"Priority "
                    + priority + "\", \"leadPartnerId\": \"council\", \"supportingPartnerIds\": [\"police\","
                    + " \"health\"], \"horizon\": {\"from\": \"2010-04-01\", \"to\": \"2020-03-31\"}}")
                    && timed(latency, errors, base + "/priorities/" + priority + "/indicators", "{\"id\": \""
                    + priority + "-i\","
                    + " \"name\": \"Measure\", \"unit\": \"%\", \"polarity\": \"HIGHER_IS_BETTER\", \"baseline\":"
                    + " {\"value\": 30, \"on\": \"2010-04-01\"}, \"target\": {\"value\": 60, \"on\": \"2019-03-31\"},"
                    + " \"tolerance\": 2, \"reportingIntervalMonths\": 12}")) {
                priorities.add(priority);
            }
        } else if (pledges.isEmpty() || dice < 45) {
            String priority = priorities.get(random.nextInt(priorities.size()));
            String pledge = prefix + "-g" + next++;
            if (timed(latency, errors, base + "/priorities/" + priority + "/pledges", "{\"id\": \"" + pledge
                    + "\", \"partnerId\": \"" + pick(PARTNERS) + "\", \"amount\": {\"amountMinor\": "
                    + (1 + random.nextInt(10_000_000)) + "}, \"financialYear\": \"" + financialYear()
                    + "\", \"status\": \"COMMITTED\"}")) {
                pledges.add(priority + "/pledges/" + pledge);
            }
        } else if (dice < 60) {
            timed(latency, errors, base + "/priorities/" + pick(pledges) + "/revise", "{\"amount\": {\"amountMinor\": "
                    + (1 + random.nextInt(10_000_000)) + "}, \"reason\": \"Budget set\"}");
        } else if (dice < 85) {
            timed(latency, errors, base + "/priorities/" + pick(pledges) + "/spend", "{\"id\": \"" + prefix + "-s"
                    + next++ + "\", \"amount\": {\"amountMinor\": " + (1 + random.nextInt(100_000))
                    + "}, \"spentOn\": \"2012-0" + (1 + random.nextInt(9)) + "-15\"}");
        } else {
            String priority = priorities.get(random.nextInt(priorities.size()));
            timed(latency, errors, base + "/priorities/" + priority + "/indicators/" + priority + "-i/outcomes", "{\"id\": \"" + prefix
                    + "-o" + next++ + "\", \"reportedBy\": \"council\", \"value\": " + (30 + random.nextInt(30))
                    + ", \"measuredOn\": \"201" + (1 + random.nextInt(8)) + "-03-31\"}");
        }
    }

    private boolean timed(Recorder latency, AtomicLong errors, String path, String body) {
        long start = System.nanoTime();
        Api.Answer answer;
        try {
            answer = api.post(path, body);
        } catch (IllegalStateException noAnswer) {
            if (Thread.currentThread().isInterrupted()) {
                throw noAnswer;
            }
            // a connection reset or a timeout is an error of the run, counted, not the end of this client
            errors.incrementAndGet();
            return false;
        }
        latency.recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
        if (answer.status() / 100 != 2) {
            errors.incrementAndGet();
            return false;
        }
        return true;
    }

    /** A financial year within every priority's horizon (2010/11 to 2019/20). */
    private String financialYear() {
        int start = 2010 + random.nextInt(10);
        return String.format("%d/%02d", start, (start + 1) % 100);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
