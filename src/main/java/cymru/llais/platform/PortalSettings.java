package cymru.llais.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;

/** Settings that several parts of the portal read: public address and map tiles. */
@Named
@ApplicationScoped
public class PortalSettings {

    @Inject
    @ConfigProperty(name = "llais.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "llais.map.tile-url", defaultValue = "none")
    String tileUrl;

    @Inject
    @ConfigProperty(name = "llais.map.tile-attribution", defaultValue = "")
    String tileAttribution;

    @Inject
    @ConfigProperty(name = "llais.site-name.en", defaultValue = "Llais")
    String siteNameEn;

    @Inject
    @ConfigProperty(name = "llais.site-name.cy", defaultValue = "Llais")
    String siteNameCy;

    @Inject
    @ConfigProperty(name = "llais.map.centre", defaultValue = "51.4816,-3.1791")
    String mapCentre;

    private String csp;

    @PostConstruct
    void init() {
        String tileOrigin = origin(getTileUrl());
        csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:"
                + (tileOrigin.isEmpty() ? "" : " " + tileOrigin)
                + "; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self';"
                + " form-action 'self'; frame-ancestors 'none'";
    }

    public String contentSecurityPolicy() {
        return csp;
    }

    public String publicOrigin() {
        return origin(baseUrl);
    }

    /** The tile URL template for Leaflet, or empty when the map is to show no tiles. */
    public String getTileUrl() {
        return tileUrl == null || "none".equalsIgnoreCase(tileUrl.strip()) ? "" : tileUrl.strip();
    }

    /** The portal's name, a proper name that each partnership may set for itself, per language. */
    public String siteName(cymru.llais.shared.Language language) {
        return language == cymru.llais.shared.Language.CY ? siteNameCy : siteNameEn;
    }

    /** Where maps open: "latitude,longitude". */
    public String getMapCentre() {
        return mapCentre;
    }

    public String getTileAttribution() {
        return tileAttribution;
    }

    public String getBaseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    static String origin(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        try {
            URI uri = URI.create(url.replace("{", "").replace("}", ""));
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "";
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
