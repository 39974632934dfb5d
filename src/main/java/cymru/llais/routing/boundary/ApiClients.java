package cymru.llais.routing.boundary;

import cymru.llais.routing.control.ApiKeys;
import cymru.llais.routing.entity.ApiClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The client applications of the Open311 API and their keys: the administrator adds and revokes
 * them; the API checks a presented key here. A key is shown once, when it is made, and never kept.
 */
@ApplicationScoped
public class ApiClients {

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    @Inject
    Clock clock;

    /** A new client and its key (to show once), or the bundle key of what is wrong. */
    public record Created(ApiClientInfo client, String key, String errorKey) {
        public boolean ok() {
            return errorKey == null;
        }
    }

    /** What checking a presented key found. */
    public enum Check {
        /** No key was given. */
        MISSING,
        /** A key was given, but no active client has it. */
        REFUSED,
        ACCEPTED
    }

    public List<ApiClientInfo> all() {
        return em.createNamedQuery(ApiClient.ALL, ApiClient.class).getResultList().stream().map(ApiClientInfo::of).toList();
    }

    public boolean isEmpty() {
        return em.createQuery("SELECT COUNT(c) FROM ApiClient c", Long.class).getSingleResult() == 0;
    }

    /** Adds a client with a new random key, which the caller shows once. */
    @Transactional
    public Created create(String name) {
        String clean = name == null ? null : name.strip();
        if (clean == null || clean.isEmpty() || clean.length() > ApiClient.MAX_NAME || clean.chars().anyMatch(Character::isISOControl)) {
            return new Created(null, null, "admin.clients.error.name");
        }
        String key = ApiKeys.generate();
        ApiClient client = new ApiClient(clean, ApiKeys.hash(key), ApiKeys.shown(key), clock.instant());
        em.persist(client);
        em.flush();
        return new Created(ApiClientInfo.of(client), key, null);
    }

    /**
     * Adds the demo client with a fixed, published key: only for the demo data
     * ({@code llais.demo.enabled=true}), never for a real partnership.
     */
    @Transactional
    public ApiClientInfo createDemo(String name, String publishedKey) {
        if (!ApiKeys.wellFormed(publishedKey)) {
            throw new IllegalArgumentException("not a key");
        }
        ApiClient client = new ApiClient(name, ApiKeys.hash(publishedKey), ApiKeys.shown(publishedKey), clock.instant());
        em.persist(client);
        em.flush();
        return ApiClientInfo.of(client);
    }

    /** Revokes a client's key; the bundle key of what is wrong, if anything. */
    @Transactional
    public Optional<String> revoke(Long id) {
        ApiClient client = id == null ? null : em.find(ApiClient.class, id);
        if (client == null) {
            return Optional.of("admin.clients.error.notFound");
        }
        if (!client.isActive()) {
            return Optional.of("admin.clients.error.alreadyRevoked");
        }
        client.revoke();
        return Optional.empty();
    }

    /** Checks a presented key and, when an active client has it, records that it was used now. */
    @Transactional
    public Check check(String presentedKey) {
        if (presentedKey == null || presentedKey.isEmpty()) {
            return Check.MISSING;
        }
        if (!ApiKeys.wellFormed(presentedKey)) {
            return Check.REFUSED;
        }
        Optional<ApiClient> client = em.createNamedQuery(ApiClient.BY_HASH, ApiClient.class)
                .setParameter("hash", ApiKeys.hash(presentedKey)).getResultStream().findFirst()
                .filter(c -> c.isActive() && ApiKeys.matches(presentedKey, c.getKeyHash()));
        if (client.isEmpty()) {
            return Check.REFUSED;
        }
        client.get().recordUse(clock.instant());
        return Check.ACCEPTED;
    }
}
