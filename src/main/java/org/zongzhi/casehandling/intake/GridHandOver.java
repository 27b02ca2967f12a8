package org.zongzhi.casehandling.intake;

import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Intake's door for the grid page (grid/): a matter a grid worker hands to the centre becomes a
 * case exactly as at {@code POST /api/cases}, with the GRID channel, the same checks and words.
 */
@Component
public class GridHandOver {

    private final CaseIntake intake;

    GridHandOver(CaseIntake intake) {
        this.intake = intake;
    }

    /** The case made (or, for a reference handed over before, the existing one). */
    public record HandedOver(String caseNo, boolean created) {
    }

    /** One wrong field, as intake names it: its JSON path and what is wrong, in Chinese. */
    public record Problem(String field, String message) {
    }

    /** Refused: {@code forbidden} when the user may not hand over, else the wrong fields. */
    public static final class RefusedException extends RuntimeException {

        private final boolean forbidden;
        private final transient List<Problem> problems;

        RefusedException(String message, boolean forbidden, List<Problem> problems) {
            super(message);
            this.forbidden = forbidden;
            this.problems = List.copyOf(problems);
        }

        public boolean forbidden() {
            return forbidden;
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /** Registers the matter (body as for POST /api/cases, channel GRID) in the caller's transaction if any. */
    public HandedOver handOver(JsonNode body, Authentication gridWorker) {
        try {
            CaseIntake.Receipt receipt = intake.acceptFromGrid(body, gridWorker);
            return new HandedOver(receipt.caseNo(), receipt.created());
        } catch (ChannelRefusedException e) {
            throw new RefusedException(e.getMessage(), true, List.of());
        } catch (IntakeRejectedException e) {
            throw new RefusedException(e.getMessage(), false,
                    e.problems().stream().map(p -> new Problem(p.field(), p.message())).toList());
        }
    }

    /** The catalogue's types of matter (事项目录), for the grid page's list. */
    public List<String> matterTypes() {
        return MatterTypes.ALL;
    }

    /** Whether the catalogue (事项目录) knows this type of matter. */
    public boolean knownMatterType(String matterType) {
        return MatterTypes.ALL.contains(matterType);
    }
}
