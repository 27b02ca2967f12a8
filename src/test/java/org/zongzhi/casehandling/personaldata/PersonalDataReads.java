package org.zongzhi.casehandling.personaldata;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.audit.PersonalDataRead;

/**
 * Collects the PersonalDataRead events of the shared test context. A listener bean rather than
 * @RecordApplicationEvents: the reads happen on the server's request threads, which that records not.
 */
@Component
public class PersonalDataReads {

    private final List<PersonalDataRead> reads = new CopyOnWriteArrayList<>();

    @EventListener
    void on(PersonalDataRead read) {
        reads.add(read);
    }

    /** The reads of one case (or, for null, of exports) published so far. */
    public List<PersonalDataRead> of(String caseNo) {
        return reads.stream().filter(r -> caseNo == null ? r.caseNo() == null : caseNo.equals(r.caseNo())).toList();
    }
}
