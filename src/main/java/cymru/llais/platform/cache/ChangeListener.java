package cymru.llais.platform.cache;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The default entity listener (META-INF/orm.xml): when a transaction that wrote an entity has committed, the
 * {@link PublicCache}'s version moves on, so no cached public response outlives the data it was rendered from.
 * After the commit rather than at the write: a response rendered between the two would show the old data under
 * the new version.
 */
public class ChangeListener {

    private static final Object KEY = ChangeListener.class;
    private static volatile TransactionSynchronizationRegistry registry;

    @PostPersist
    @PostUpdate
    @PostRemove
    public void changed(Object entity) {
        TransactionSynchronizationRegistry registry = registry();
        if (registry == null || registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            PublicCache.changed();
            return;
        }
        if (registry.getResource(KEY) == null) {
            registry.putResource(KEY, Boolean.TRUE);
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    PublicCache.changed();
                }
            });
        }
    }

    /** Looked up once: the registry is one object for the server's life. */
    private static TransactionSynchronizationRegistry registry() {
        TransactionSynchronizationRegistry r = registry;
        if (r == null) {
            try {
                r = (TransactionSynchronizationRegistry) new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
                registry = r;
            } catch (NamingException e) {
                return null;
            }
        }
        return r;
    }
}
