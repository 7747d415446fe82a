package org.partnershipledger.core.partnership;

import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.InMemoryLedger;
import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.partner.PartnerLeft;
import org.partnershipledger.core.partner.RecordPartnerLeaving;
import org.partnershipledger.core.pledge.BudgetPledged;
import org.partnershipledger.core.pledge.PledgeBudget;
import org.partnershipledger.core.pledge.PledgeId;
import org.partnershipledger.core.pledge.PledgeKind;
import org.partnershipledger.core.pledge.PledgeStatus;
import org.partnershipledger.core.priority.PriorityId;
import org.partnershipledger.core.reference.SuttonPartnershipAgreement;
import org.partnershipledger.core.shared.Money;
import org.partnershipledger.core.shared.RuleViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.core.reference.SuttonPartnershipAgreement.AGREEMENT;
import static org.partnershipledger.core.reference.SuttonPartnershipAgreement.BUSINESS;
import static org.partnershipledger.core.reference.SuttonPartnershipAgreement.RESOURCE_YEAR;

/**
 * Rules that span members and priorities hold when commands race: the partnership's state is one aggregate, so
 * every command is decided against everything decided before it.
 */
class ConcurrentCommandsTest {

    private static final PartnershipId SUTTON = new PartnershipId("sutton");
    private static final PriorityId PRIORITY = new PriorityId("local-fresh-produce");

    private InMemoryLedger ledger;
    private ExecutorService threads;

    @BeforeEach
    void setUp() {
        ledger = new InMemoryLedger();
        SuttonPartnershipAgreement.commands(SUTTON).forEach(ledger::send);
        threads = Executors.newFixedThreadPool(8);
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
        ledger.close();
    }

    private PledgeBudget pledge(String id, PartnerId partner) {
        return new PledgeBudget(SUTTON, PRIORITY, new PledgeId(id), partner, Money.pounds(1000), RESOURCE_YEAR,
                PledgeKind.CASH, PledgeStatus.COMMITTED, AGREEMENT);
    }

    private List<Future<Boolean>> race(List<Object> commands) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (Object command : commands) {
            tasks.add(() -> {
                start.await();
                try {
                    ledger.send(command);
                    return true;
                } catch (RuleViolation rejected) {
                    return false;
                }
            });
        }
        List<Future<Boolean>> futures = new ArrayList<>();
        tasks.forEach(task -> futures.add(threads.submit(task)));
        start.countDown();
        return futures;
    }

    @Test
    void noPledgeIsAcceptedFromAPartnerAfterItLeft() throws Exception {
        List<Object> commands = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            commands.add(pledge("business-" + i, BUSINESS));
            if (i == 100) {
                commands.add(new RecordPartnerLeaving(SUTTON, BUSINESS, "Chamber of commerce dissolved", AGREEMENT));
            }
        }
        AtomicInteger accepted = new AtomicInteger();
        for (Future<Boolean> outcome : race(commands)) {
            if (outcome.get(30, TimeUnit.SECONDS)) {
                accepted.incrementAndGet();
            }
        }

        List<DomainEventMessage<?>> stream = ledger.stream(SUTTON);
        int leftAt = -1;
        int pledgesByBusiness = 0;
        for (int i = 0; i < stream.size(); i++) {
            Object payload = stream.get(i).getPayload();
            assertThat(stream.get(i).getSequenceNumber()).isEqualTo(i);
            if (payload instanceof PartnerLeft) {
                leftAt = i;
            } else if (payload instanceof BudgetPledged pledged && pledged.partnerId().equals(BUSINESS)) {
                assertThat(leftAt).as("a pledge recorded after the partner left").isEqualTo(-1);
                pledgesByBusiness++;
            }
        }
        assertThat(leftAt).isPositive();
        assertThat(accepted.get()).isEqualTo(pledgesByBusiness + 1);
    }

    @Test
    void aPledgeIdRacedByManyWritersIsRecordedOnce() throws Exception {
        List<Object> commands = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            commands.add(pledge("the-same-pledge", BUSINESS));
        }
        int accepted = 0;
        for (Future<Boolean> outcome : race(commands)) {
            accepted += outcome.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        assertThat(accepted).isEqualTo(1);
        assertThat(ledger.payloads(SUTTON).stream().filter(BudgetPledged.class::isInstance)).hasSize(1);
    }
}
