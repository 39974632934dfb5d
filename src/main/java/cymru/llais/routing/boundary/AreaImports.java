package cymru.llais.routing.boundary;

import cymru.llais.platform.Database;
import cymru.llais.routing.control.AreaImport;
import cymru.llais.routing.control.AreaProblem;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The area import inside the portal, for the administration page and the demo data: the same
 * {@link AreaImport} as the import command, in one JTA transaction that is committed only when
 * every file was correct. This instance rebuilds its areas at once; the others notice the new version.
 */
@ApplicationScoped
public class AreaImports {

    private static final Logger LOG = Logger.getLogger(AreaImports.class.getName());
    private static final int TIMEOUT_SECONDS = 600;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Resource
    UserTransaction transaction;

    @Inject
    Areas areas;

    @Inject
    Clock clock;

    /** Reads and checks the files and says what importing them would change; writes nothing. */
    public AreaImport.Result check(List<AreaImport.Source> authorityFiles, List<AreaImport.Source> wardFiles) {
        try (Connection c = dataSource.getConnection()) {
            return AreaImport.run(c, authorityFiles, wardFiles, AreaImport.Mode.CHECK, null, null, clock);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Llais: checking an area import failed", e);
            return failed(authorityFiles, wardFiles);
        }
    }

    /**
     * Imports the files in one transaction, or nothing at all.
     *
     * @param via page, command or demo
     * @param by  who imports them, for the record of imports
     */
    public AreaImport.Result importFiles(List<AreaImport.Source> authorityFiles, List<AreaImport.Source> wardFiles,
                                         String via, String by) {
        AreaImport.Result result;
        try {
            transaction.setTransactionTimeout(TIMEOUT_SECONDS);
            transaction.begin();
            try (Connection c = dataSource.getConnection()) {
                result = AreaImport.run(c, authorityFiles, wardFiles, AreaImport.Mode.WRITE, via, by, clock);
            }
            if (result.ok()) {
                transaction.commit();
            } else {
                transaction.rollback();
            }
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Llais: an area import failed and was rolled back", e);
            rollback();
            return failed(authorityFiles, wardFiles);
        } finally {
            defaultTimeout();
        }
        if (result.written()) {
            areas.refresh();
            LOG.info(() -> "Llais: areas imported (" + via + "): authorities " + result.authorities() + ", wards " + result.wards()
                    + ", read and checked in " + result.readMillis() + " ms, written in " + result.writeMillis() + " ms");
        }
        return result;
    }

    /** How many authorities and wards the database holds, and the last import. */
    public AreaImport.Status status() {
        try (Connection c = dataSource.getConnection()) {
            return AreaImport.status(c);
        } catch (SQLException e) {
            throw new IllegalStateException("the areas' status could not be read", e);
        }
    }

    /** The timeout is kept per thread: the next transaction on this pooled thread gets the default again. */
    private void defaultTimeout() {
        try {
            transaction.setTransactionTimeout(0);
        } catch (Exception e) {
            LOG.log(Level.FINE, "Llais: could not reset the transaction timeout", e);
        }
    }

    private void rollback() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Llais: rolling back an area import failed", e);
        }
    }

    private static AreaImport.Result failed(List<AreaImport.Source> authorityFiles, List<AreaImport.Source> wardFiles) {
        return new AreaImport.Result(List.of(AreaProblem.of("areas.error.failed")), new AreaImport.Counts(0, 0, 0, 0),
                new AreaImport.Counts(0, 0, 0, 0), authorityFiles.size() + wardFiles.size(), 0, 0, false);
    }
}
