package org.wirewatch.ingest.canon;

import java.time.Instant;
import org.wirewatch.model.Story;

/** Invented stories: a wire story, an outlet's syndicated copy of it, and others on its subject. */
final class WireCopies {

    static final Instant PUBLISHED = Instant.parse("2025-03-04T09:30:00Z");

    static final String WIRE_BODY = """
            The Norwegian government said on Tuesday it would send two additional air defence \
            batteries to Ukraine before the end of the summer, expanding a package first announced \
            in January. Defence Minister Ingrid Solvang told reporters in Oslo that the systems \
            would come from the army's own stocks and be replaced by new orders placed with the \
            manufacturer next year. "Ukraine's cities need protection now, not in three years," \
            Solvang said, adding that Norwegian instructors had already begun training Ukrainian \
            crews at a site in Poland. The announcement follows weeks of pressure from Kyiv, \
            whose foreign minister visited Nordic capitals last month to ask for help against \
            drone and missile attacks on power plants. Russia's embassy in Oslo called the decision \
            a provocation and warned that it would prolong the war. Norway, which shares a short \
            Arctic border with Russia, has raised its military aid each year since the invasion \
            and plans to spend more than two percent of its economic output on defence. \
            Opposition parties in parliament broadly backed the move, though the Socialist Left \
            party asked the government to publish the full cost of the package. Officials did not \
            say when the batteries would arrive in Ukraine or where they would be deployed. \
            Each battery consists of a fire control centre, a radar and several launchers, and \
            can protect a city district against cruise missiles and drones at ranges of up to \
            forty kilometres, according to the manufacturer. Ukraine has repeatedly said that \
            its air defences are stretched thin, and that it must choose each night which \
            cities and power stations to defend. Western governments have struggled to meet \
            those requests because their own armed forces hold few such systems and production \
            lines take years to expand. Solvang said Norway was in talks with Denmark and \
            Finland about buying further systems jointly to lower their price, and that a \
            decision could come before the NATO summit in June. She also said the government \
            would ask parliament for a supplementary budget in the spring to cover the cost of \
            replacing the batteries, which analysts estimate at several billion crowns. The \
            Ukrainian embassy in Oslo welcomed the decision in a statement, saying that every \
            battery saved lives and kept the lights on in Ukrainian homes. A Russian foreign \
            ministry spokeswoman told a briefing in Moscow that weapons sent to Ukraine were \
            legitimate targets for the Russian armed forces and would be destroyed. Norway \
            first sent air defence systems to Ukraine in the autumn of the war's first year, \
            together with the United States, and has since added ammunition, armoured \
            vehicles and money for Ukrainian arms purchases.""";

    /** The same text as another outlet ran it: dateline in front, one sentence gone, credit after. */
    static final String SYNDICATED_BODY = "OSLO, March 4 (Nordwire) - "
            + WIRE_BODY.replace(
                    " Opposition parties in parliament broadly backed the move, though the"
                            + " Socialist Left party asked the government to publish the full"
                            + " cost of the package.",
                    "")
            + " (Reporting by Lars Eide; editing by Anna Berg) Copyright Nordwire. All"
            + " rights reserved. This material may not be published, broadcast or"
            + " redistributed without permission.";

    /** Another story on the same subject, with its own words. */
    static final String OTHER_BODY = """
            Ukraine's air force said on Tuesday that a Norwegian air defence battery delivered \
            last year had shot down eleven drones over the southern port city overnight, the \
            highest number it has reported for a single system. A spokesman said the crews, \
            trained in Poland, now worked around the clock and needed more missiles rather than \
            more launchers. Norway's defence ministry declined to comment on operational details \
            but said talks about further deliveries were continuing with Kyiv and with allies. \
            In the city, residents swept broken glass from streets near the harbour after debris \
            from one drone struck a warehouse, injuring two night watchmen. The regional governor \
            thanked Norway and asked other European governments to follow its example before the \
            summer, when he said attacks on the power grid were expected to grow. Russia's \
            defence ministry said its forces had struck military targets in the region and \
            denied hitting civilian buildings.""";

    static final String SHORT_BODY =
            "Norway will send two more air defence batteries to Ukraine, its defence minister said.";

    private WireCopies() {}

    static Story story(String id, String headline, String body) {
        return new Story(id, "test-wire", null, headline, body, PUBLISHED, PUBLISHED, "en", null, null);
    }

    static Story wire() {
        return story("nordwire-1", "Norway to send two more air defence batteries to Ukraine", WIRE_BODY);
    }

    static Story syndicatedCopy() {
        return story("daily-77", "Oslo expands air defence aid to Kyiv", SYNDICATED_BODY);
    }

    static Story otherStoryOnSubject() {
        return story("nordwire-2", "Norwegian battery downs eleven drones, Ukraine says", OTHER_BODY);
    }
}
