package cymru.llais.platform.cache;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicCacheTest {

    private final AtomicLong now = new AtomicLong(1_000_000);

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anEntryIsServedUntilItsTimeToLiveHasPassed() {
        PublicCache cache = new PublicCache(5_000, 10, now::get);
        cache.put("k", bytes("board"), "text/html", PublicCache.version());
        now.addAndGet(4_999);
        assertEquals("board", new String(cache.get("k").orElseThrow().body(), StandardCharsets.UTF_8));
        now.addAndGet(1);
        assertTrue(cache.get("k").isEmpty());
    }

    @Test
    void aCommittedChangeMakesEveryEntryStale() {
        PublicCache cache = new PublicCache(60_000, 10, now::get);
        cache.put("a", bytes("one"), "text/html", PublicCache.version());
        cache.put("b", bytes("two"), "text/html", PublicCache.version());
        PublicCache.changed();
        assertTrue(cache.get("a").isEmpty());
        assertTrue(cache.get("b").isEmpty());
    }

    @Test
    void aResponseRenderedWhileTheDataChangedIsTaggedButNotKept() {
        PublicCache cache = new PublicCache(60_000, 10, now::get);
        long before = PublicCache.version();
        PublicCache.changed();
        PublicCache.Entry e = cache.put("k", bytes("old data"), "text/html", before);
        assertEquals(PublicCache.etag(bytes("old data")), e.etag());
        assertTrue(cache.get("k").isEmpty());
    }

    @Test
    void aTimeToLiveOfZeroKeepsNothing() {
        PublicCache cache = new PublicCache(0, 10, now::get);
        cache.put("k", bytes("x"), "text/html", PublicCache.version());
        assertTrue(cache.get("k").isEmpty());
    }

    @Test
    void theCacheNeverGrowsBeyondItsBound() {
        PublicCache cache = new PublicCache(60_000, 3, now::get);
        for (int i = 0; i < 10; i++) {
            cache.put("k" + i, bytes("x" + i), "text/html", PublicCache.version());
            assertTrue(cache.size() <= 3);
        }
        assertTrue(cache.get("k9").isPresent());
    }

    @Test
    void theTagDependsOnTheBytesOnly() {
        assertEquals(PublicCache.etag("Dywedoch chi"), PublicCache.etag("Dywedoch chi"));
        assertNotEquals(PublicCache.etag("You said"), PublicCache.etag("Dywedoch chi"));
        assertTrue(PublicCache.etag("x").startsWith("\"") && PublicCache.etag("x").endsWith("\""));
    }

    @Test
    void ifNoneMatchIsComparedWeaklyAndAcceptsAListOrAStar() {
        String tag = PublicCache.etag("page");
        assertTrue(PublicCache.matches(tag, tag));
        assertTrue(PublicCache.matches("W/" + tag, tag));
        assertTrue(PublicCache.matches("\"other\", " + tag, tag));
        assertTrue(PublicCache.matches("*", tag));
        assertFalse(PublicCache.matches("\"other\"", tag));
        assertFalse(PublicCache.matches(null, tag));
        assertFalse(PublicCache.matches("", tag));
    }

    @Test
    void whileOneRequestRendersAPageTheOthersWaitForItsResultInsteadOfRenderingItToo() {
        PublicCache cache = new PublicCache(60_000, 10, now::get);
        PublicCache.Flight leader = cache.take("board|en|");
        PublicCache.Flight follower = cache.take("board|en|");
        PublicCache.Flight welsh = cache.take("board|cy|");
        assertTrue(leader.leader());
        assertFalse(follower.leader(), "a second request for the same page waits");
        assertTrue(welsh.leader(), "another page is rendered at once");
        assertTrue(follower.await(1).isEmpty(), "nothing yet: the bound passes and it would render its own");
        PublicCache.Entry entry = cache.put("board|en|", bytes("<p>bwrdd</p>"), "text/html", PublicCache.version());
        cache.land("board|en|", leader, entry);
        assertEquals(entry, follower.await(1_000).orElseThrow());
        assertTrue(cache.take("board|en|").leader(), "after the render the next miss starts a new one");
    }

    @Test
    void aPageTheLeaderCouldNotShareLeavesTheOthersToRenderTheirOwn() {
        PublicCache cache = new PublicCache(60_000, 10, now::get);
        PublicCache.Flight leader = cache.take("board|en|");
        PublicCache.Flight follower = cache.take("board|en|");
        cache.land("board|en|", leader, null);
        assertTrue(follower.await(1_000).isEmpty());
        // a follower's landing changes nothing
        PublicCache.Flight next = cache.take("board|en|");
        cache.land("board|en|", cache.take("board|en|"), null);
        assertFalse(cache.take("board|en|").leader(), "the render under way is still the leader's");
        cache.land("board|en|", next, null);
    }

    @Test
    void aChangeOnAnotherInstanceMakesEveryEntryStaleAndIsNotSentOn() {
        AtomicLong toldOthers = new AtomicLong();
        PublicCache.fanOutTo(toldOthers::incrementAndGet);
        try {
            PublicCache cache = new PublicCache(60_000, 10, now::get);
            cache.put("a", bytes("one"), "text/html", PublicCache.version());
            PublicCache.changedElsewhere();
            assertTrue(cache.get("a").isEmpty());
            assertEquals(0, toldOthers.get(), "a change heard from the cluster is not echoed back to it");
            PublicCache.changed();
            assertEquals(1, toldOthers.get(), "a change of this instance is told to the others");
        } finally {
            PublicCache.fanOutTo(null);
        }
    }
}
