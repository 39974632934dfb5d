package cymru.llais.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API lives under /api. */
@ApplicationPath("api")
public class RestApplication extends Application {
}
