package org.partnershipledger.core.serialization;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.InMemoryLedger;
import org.partnershipledger.core.partnership.Partnership;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.reference.SuttonPartnershipAgreement;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A snapshot of a partnership is written and read by the ledger's Jackson serializer and comes back with every
 * piece of state the rules use.
 */
class SnapshotRoundTripTest {

    @Test
    void aSnapshotOfTheSuttonPartnershipSurvivesJackson() {
        PartnershipId sutton = new PartnershipId("sutton");
        try (InMemoryLedger ledger = new InMemoryLedger()) {
            SuttonPartnershipAgreement.commands(sutton).forEach(ledger::send);
            DomainEventMessage<?> snapshot = ledger.snapshot(sutton).orElseThrow();
            assertThat(snapshot.getPayload()).isInstanceOf(Partnership.class);

            JacksonSerializer serializer = LedgerSerializer.create();
            SerializedObject<byte[]> written = serializer.serialize(snapshot.getPayload(), byte[].class);
            String json = new String(written.getData(), StandardCharsets.UTF_8);
            assertThat(json).contains("\"partnershipId\":\"sutton\"", "\"life-expectancy-gap\"", "\"council\"");
            Object read = serializer.deserialize(written);

            assertThat(read).usingRecursiveComparison().isEqualTo(snapshot.getPayload());
        }
    }
}
