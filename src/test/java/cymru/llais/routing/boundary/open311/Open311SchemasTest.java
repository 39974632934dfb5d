package cymru.llais.routing.boundary.open311;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The schema check that the integration test relies on finds what is wrong, so a pass there means something. */
class Open311SchemasTest {

    private static final String REQUEST = """
            {"service_request_id":"LL-2026-000001","status":"open","status_notes":"Received","service_name":"Speeding",
             "service_code":"speeding","description":"Cars race past the school.","agency_responsible":"South Wales Police",
             "requested_datetime":"2026-05-01T09:30:00Z","updated_datetime":"2026-05-01T09:30:00Z","address":"Splott Road",
             "lat":51.483,"long":-3.156,"media_url":"http://localhost:8080/photos/LL-2026-000001"}""";

    @Test
    void aWellFormedRequestListPasses() {
        assertEquals(List.of(), Open311Schemas.errors("requests.json", "[" + REQUEST + "]"));
        assertEquals(List.of(), Open311Schemas.errors("requests.json", "[]"));
    }

    @Test
    void aRequestWithAStatusOtherThanOpenOrClosedFails() {
        assertFalse(Open311Schemas.errors("requests.json", "[" + REQUEST.replace("\"open\"", "\"received\"") + "]").isEmpty());
    }

    @Test
    void aRequestWithoutItsServiceCodeFailsThroughTheListsReference() {
        assertFalse(Open311Schemas.errors("requests.json", "[" + REQUEST.replace("\"service_code\":\"speeding\",", "") + "]").isEmpty());
    }

    @Test
    void dateTimesAndUrlsAreChecked() {
        assertFalse(Open311Schemas.errors("request.json", REQUEST.replace("2026-05-01T09:30:00Z\",\"updated", "yesterday\",\"updated")).isEmpty());
        assertFalse(Open311Schemas.errors("request.json", REQUEST.replace("http://localhost:8080/photos/", "not a url ")).isEmpty());
        assertFalse(Open311Schemas.errors("request.json", REQUEST.replace("51.483", "\"51.483\"")).isEmpty());
    }

    @Test
    void servicesAndDefinitionsAreChecked() {
        String service = "{\"service_code\":\"speeding\",\"service_name\":\"Speeding\",\"metadata\":false,\"type\":\"realtime\"}";
        assertEquals(List.of(), Open311Schemas.errors("services.json", "[" + service + "]"));
        assertFalse(Open311Schemas.errors("services.json", "[" + service.replace("false", "\"no\"") + "]").isEmpty());
        assertFalse(Open311Schemas.errors("services.json", "[" + service.replace("realtime", "sometimes") + "]").isEmpty());
        assertEquals(List.of(), Open311Schemas.errors("service-definition.json", "{\"service_code\":\"speeding\",\"attributes\":[]}"));
        assertFalse(Open311Schemas.errors("service-definition.json", "{\"service_code\":\"speeding\"}").isEmpty());
    }

    @Test
    void theAnswerToANewRequestIsChecked() {
        assertEquals(List.of(), Open311Schemas.postResponseErrors(
                "[{\"service_request_id\":\"LL-2026-000001\",\"service_notice\":\"Thank you\",\"account_id\":null}]"));
        assertFalse(Open311Schemas.postResponseErrors("[{\"service_notice\":\"Thank you\"}]").isEmpty());
        assertFalse(Open311Schemas.postResponseErrors("[{\"service_request_id\":17}]").isEmpty());
    }
}
