package cymru.llais.platform;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MailOutboxTest {

    @Test
    void retriesWaitTwiceAsLongEachTimeUpToAnHour() {
        assertEquals(Duration.ofSeconds(10), MailOutbox.backoff(1));
        assertEquals(Duration.ofSeconds(20), MailOutbox.backoff(2));
        assertEquals(Duration.ofSeconds(40), MailOutbox.backoff(3));
        assertEquals(Duration.ofSeconds(2560), MailOutbox.backoff(9));
        assertEquals(Duration.ofHours(1), MailOutbox.backoff(10));
        assertEquals(Duration.ofHours(1), MailOutbox.backoff(50));
    }
}
