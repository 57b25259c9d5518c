package se.tryggve.open311;

import java.util.ArrayList;
import java.util.List;

import se.tryggve.open311.ServiceAttribute.Datatype;
import se.tryggve.open311.ServiceAttribute.Value;

/**
 * The attributes a category offers until an administrator or coordinator configures its service
 * definition. Graffiti categories ask what the guideline's follow-up needs: whether the graffiti is
 * offensive (removed within 24 hours on weekdays instead of 48, when the category does not already
 * say so), the surface and the approximate area; other vandalism asks what was damaged and whether
 * anyone can get hurt.
 */
final class DefaultServiceDefinitions {

    static final String OFFENSIVE = "offensive";

    private DefaultServiceDefinitions() {
    }

    static List<ServiceAttribute> attributes(boolean graffitiGuideline, boolean offensiveCategory) {
        List<ServiceAttribute> list = new ArrayList<>();
        if (graffitiGuideline) {
            int order = 1;
            if (!offensiveCategory) {
                list.add(new ServiceAttribute(OFFENSIVE, true, Datatype.SINGLEVALUELIST, true,
                        "Välj ja eller nej", order++,
                        "Är klottret kränkande (till exempel rasistiskt, sexistiskt eller hotfullt)?",
                        List.of(new Value("yes", "Ja"), new Value("no", "Nej"))));
            }
            list.add(new ServiceAttribute("surface", true, Datatype.SINGLEVALUELIST, false, "Välj ett underlag", order++,
                    "Vad är klottrat?", List.of(new Value("wall", "Vägg eller fasad"), new Value("fence", "Staket eller plank"),
                    new Value("sign", "Skylt"), new Value("electrical-box", "Elskåp eller teknikskåp"),
                    new Value("bridge", "Bro eller tunnel"), new Value("furniture", "Parkbänk, papperskorg eller lekredskap"),
                    new Value("glass", "Fönster eller glas"), new Value("other", "Annat"))));
            list.add(new ServiceAttribute("area", true, Datatype.NUMBER, false, "Kvadratmeter, till exempel 1.5", order,
                    "Ungefär hur stor yta är klottrad (m²)?", List.of()));
        } else {
            list.add(new ServiceAttribute("object", true, Datatype.SINGLEVALUELIST, false, "Välj vad som är skadat", 1,
                    "Vad är skadat?", List.of(new Value("window", "Fönster eller glas"), new Value("lighting", "Belysning"),
                    new Value("furniture", "Parkbänk, papperskorg eller lekredskap"), new Value("sign", "Skylt"),
                    new Value("vegetation", "Träd eller planteringar"), new Value("other", "Annat"))));
            list.add(new ServiceAttribute("danger", true, Datatype.SINGLEVALUELIST, false, "Välj ja eller nej", 2,
                    "Kan någon skada sig (till exempel krossat glas eller vassa kanter)?",
                    List.of(new Value("yes", "Ja"), new Value("no", "Nej"))));
        }
        return list;
    }

    static String group(boolean graffitiGuideline) {
        return graffitiGuideline ? "Klotter" : "Skadegörelse";
    }

    static String keywords(boolean graffitiGuideline) {
        return graffitiGuideline ? "klotter, graffiti, tagg, sanering" : "skadegörelse, vandalisering, förstörelse";
    }
}
