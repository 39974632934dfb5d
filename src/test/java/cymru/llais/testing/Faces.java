package cymru.llais.testing;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Posts Faces forms over HTTP as a browser would: the form's marker field, its fields, the button and the view state. */
public final class Faces {

    private Faces() {
    }

    public static HttpResponse<String> submit(Http http, String page, String formId, String button, String... fields) throws Exception {
        String html = http.get(page).body();
        return submitOn(http, page, html, formId, button, fields);
    }

    public static HttpResponse<String> submitOn(Http http, String page, String html, String formId, String button, String... fields)
            throws Exception {
        // a list, not a map: a multiple select sends its name once for each chosen value
        java.util.List<String[]> form = new java.util.ArrayList<>();
        form.add(new String[] {formId, formId});
        for (int i = 0; i < fields.length; i += 2) {
            form.add(new String[] {fields[i], fields[i + 1]});
        }
        form.add(new String[] {button, button});
        form.add(new String[] {"jakarta.faces.ViewState", Http.viewState(html)});
        StringBuilder body = new StringBuilder();
        for (String[] e : form) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(java.net.URLEncoder.encode(e[0], StandardCharsets.UTF_8)).append('=')
                    .append(java.net.URLEncoder.encode(e[1], StandardCharsets.UTF_8));
        }
        String action = page.contains("?") ? page : page;
        return http.post(action, "application/x-www-form-urlencoded", body.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Signs in through the staff sign-in form; true when the portal let the person in. */
    public static boolean signIn(Http http, String email, String password) throws Exception {
        HttpResponse<String> r = submit(http, "signin.xhtml", "signin", "signin-button", "email", email, "password", password);
        return r.statusCode() == 302 && r.headers().firstValue("Location").orElse("").contains("/staff/inbox.xhtml");
    }
}
