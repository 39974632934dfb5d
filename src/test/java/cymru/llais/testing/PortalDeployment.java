package cymru.llais.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The portal's WAR as the build made it, deployed whole (its tests test what ships). */
public final class PortalDeployment {

    private PortalDeployment() {
    }

    public static WebArchive war() {
        File war = new File(System.getProperty("llais.war", "target/llais.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("run the integration tests through Maven (mvn verify): " + war + " is missing");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
