package cymru.llais.testing;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.descriptor.api.Descriptor;

/**
 * Payara Micro for Arquillian, started once per test JVM and shared by every integration test class it runs.
 * <p>
 * Payara's own container starts a Payara Micro process for each deployment, that is for each test class: some 20 s
 * a class on an idle machine, twice that beside the second test JVM, minutes over the whole run. Every class
 * deploys the same WAR ({@link PortalDeployment}), so the first deployment starts the portal and the later ones
 * are given its address; the process ends when Arquillian stops the container at the end of the JVM's run (or,
 * failing that, through Payara's container's shutdown hook). The classes already share the JVM's one database and
 * mail server (TestServers) and use words of their own, so sharing the portal changes what they share only by its
 * memory: rate limits (the tests use addresses of their own), caches.
 * <p>
 * A deployment with another name than the first would mean a class that needs a portal of its own: it is refused
 * rather than silently given the shared one. {@code -Dllais.it.shared-portal=false} goes back to one Payara Micro
 * per class.
 */
public class SharedPayaraMicro implements DeployableContainer<PayaraMicroContainerConfiguration> {

    private static final boolean SHARED = Boolean.parseBoolean(System.getProperty("llais.it.shared-portal", "true"));

    private static PayaraMicroDeployableContainer running;
    private static Archive<?> deployed;
    private static ProtocolMetaData metaData;

    private final PayaraMicroDeployableContainer own = new PayaraMicroDeployableContainer();

    @Override
    public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
        return own.getConfigurationClass();
    }

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        own.setup(configuration);
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return own.getDefaultProtocol();
    }

    @Override
    public void start() throws LifecycleException {
        own.start();
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (!SHARED) {
            return own.deploy(archive);
        }
        synchronized (SharedPayaraMicro.class) {
            if (running == null) {
                metaData = own.deploy(archive);
                running = own;
                deployed = archive;
                return metaData;
            }
            if (!deployed.getName().equals(archive.getName())) {
                throw new DeploymentException("the integration tests share one portal per JVM (" + deployed.getName()
                        + "); " + archive.getName() + " needs a Payara Micro of its own: run it with -Dllais.it.shared-portal=false");
            }
            return metaData;
        }
    }

    @Override
    public void undeploy(Archive<?> archive) throws DeploymentException {
        if (!SHARED) {
            own.undeploy(archive);
        }
        // shared: the portal stays up for the JVM's next class; stop() ends it
    }

    @Override
    public void stop() throws LifecycleException {
        if (SHARED) {
            synchronized (SharedPayaraMicro.class) {
                if (running != null) {
                    try {
                        running.undeploy(deployed);
                    } catch (DeploymentException e) {
                        throw new LifecycleException("could not stop the shared Payara Micro", e);
                    } finally {
                        running = null;
                        deployed = null;
                        metaData = null;
                    }
                }
            }
        }
        own.stop();
    }

    @Override
    public void deploy(Descriptor descriptor) throws DeploymentException {
        own.deploy(descriptor);
    }

    @Override
    public void undeploy(Descriptor descriptor) throws DeploymentException {
        own.undeploy(descriptor);
    }
}
