package cymru.llais.concerns.boundary;

import jakarta.enterprise.context.SessionScoped;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The references this browser session has reported. The reporter of a sensitive concern may see
 * its page (with the safeguarding panel); nobody else can.
 */
@SessionScoped
public class ReportedInSession implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX = 50;

    private final Set<String> references = new LinkedHashSet<>();

    public synchronized void add(String reference) {
        references.add(reference);
        if (references.size() > MAX) {
            references.remove(references.iterator().next());
        }
    }

    public synchronized boolean contains(String reference) {
        return references.contains(reference);
    }
}
