package org.luoshi.accidents.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.accident.AccidentActionDTO;
import org.luoshi.api.inspection.InspectionDTO;
import org.luoshi.api.inspection.InspectionService;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.letter.LetterDTO;
import org.luoshi.api.letter.LetterService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a rule firing drafts, in the modules that hold such records when they run (optional, dynamic): a 督导检查 of the
 * territory in mechanism 5 (status 待确认), a letter draft in mechanism 4 citing the accident; 约谈 and 挂牌督办 are
 * proposed in the firing itself for the named office to confirm. Drafts are made as the rule of the jurisdiction (an
 * actor named {@code rule:<jurisdiction>/<rule>} acting for the jurisdiction's unit), so the modules' own checks apply.
 */
@Component(service = Drafts.class)
public class Drafts {
    private static final Logger LOG = LoggerFactory.getLogger(Drafts.class);
    static final String PENDING = "PENDING";

    private final JurisdictionRegistry jurisdictions;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile InspectionService inspections;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile LetterService letters;

    /** 模块配置: the letters' answer days at the issuing unit (else the plugin's data). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile org.luoshi.api.settings.ModuleSettings settings;

    @Activate
    public Drafts(@Reference JurisdictionRegistry jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    private String name(String unit) {
        return unit == null ? "" : jurisdictions.unit(unit).map(u -> u.name).orElse(unit);
    }

    /** The actions a firing will take, before any is made (stored with the firing). */
    List<AccidentActionDTO> plan(JurisdictionDTO j, Rules.Rule rule, String territory, String territoryName, Rules.Hit hit) {
        List<AccidentActionDTO> out = new ArrayList<>();
        if (rule.inspectionOrganizer() != null) {
            out.add(action(AccidentActionDTO.INSPECTION, rule.inspectionOrganizer(), name(rule.inspectionOrganizer())
                    + "对" + territoryName + "开展" + rule.inspectionTitle() + "（督导检查，事故多发频发期间）"));
        }
        if (rule.letterIssuer() != null) {
            out.add(action(AccidentActionDTO.LETTER, rule.letterIssuer(), name(rule.letterIssuer()) + "向" + territoryName
                    + "发" + kindWords(rule.letterKind())));
        }
        if (rule.interviewBy() != null) {
            out.add(action(AccidentActionDTO.INTERVIEW, rule.interviewBy(), name(rule.interviewBy()) + "约谈" + territoryName
                    + "人民政府：" + hit.explanation()));
        }
        if (rule.listingBy() != null) {
            out.add(action(AccidentActionDTO.LISTING, rule.listingBy(), "由" + name(rule.listingBy()) + "对" + territoryName
                    + "的事故挂牌督办：" + hit.explanation()));
        }
        return out;
    }

    private static AccidentActionDTO action(String kind, String unit, String text) {
        AccidentActionDTO a = new AccidentActionDTO();
        a.kind = kind;
        a.unit = unit;
        a.text = text;
        a.status = PENDING;
        return a;
    }

    private static String kindWords(String kind) {
        return switch (kind) {
            case "REMINDER" -> "提醒函";
            case "SUPERVISION" -> "督办函";
            default -> "提示函";
        };
    }

    /** Makes the planned actions: drafts in their modules, proposals here; answers them with their outcome. */
    List<AccidentActionDTO> make(JurisdictionDTO j, Rules.Rule rule, String territory, String territoryName, Rules.Hit hit,
            List<AccidentActionDTO> planned) {
        Actor self = new Actor("rule:" + j.id + "/" + rule.id(), List.of(j.unit), Set.of());
        long latest = hit.accidents().get(hit.accidents().size() - 1);
        List<AccidentActionDTO> out = new ArrayList<>();
        for (AccidentActionDTO a : planned) {
            switch (a.kind) {
                case AccidentActionDTO.INSPECTION -> inspection(j, rule, territory, territoryName, self, a);
                case AccidentActionDTO.LETTER -> letter(j, rule, territory, territoryName, hit, self, latest, a);
                default -> a.status = "PROPOSED";
            }
            out.add(a);
        }
        return out;
    }

    private void inspection(JurisdictionDTO j, Rules.Rule rule, String territory, String territoryName, Actor self,
            AccidentActionDTO a) {
        InspectionService service = inspections;
        if (service == null) {
            a.status = "UNAVAILABLE";
            a.text = a.text + "（巡查检查模块未运行，未能起草）";
            return;
        }
        InspectionDTO d = new InspectionDTO();
        d.jurisdiction = j.id;
        d.kind = "SUPERVISION";
        d.trigger = "ACCIDENT_PRONE";
        d.title = rule.inspectionTitle() + "：" + territoryName;
        d.organizer = rule.inspectionOrganizer();
        d.inspectedUnit = territory;
        d.startDate = LocalDate.now(AccidentServiceImpl.ZONE).toString();
        try {
            InspectionDTO draft = service.propose(self, d);
            a.status = "DRAFTED";
            a.recordType = "inspection";
            a.recordId = draft.id;
        } catch (LuoshiException e) {
            LOG.warn("Rule {} of {}: the inspection draft was refused: {}", rule.id(), j.id, e.getMessage());
            a.status = "UNAVAILABLE";
            a.text = a.text + "（未能起草：" + e.getMessage() + "）";
        }
    }

    private void letter(JurisdictionDTO j, Rules.Rule rule, String territory, String territoryName, Rules.Hit hit,
            Actor self, long latest, AccidentActionDTO a) {
        LetterService service = letters;
        if (service == null) {
            a.status = "UNAVAILABLE";
            a.text = a.text + "（函件模块未运行，未能起草）";
            return;
        }
        LetterDTO l = new LetterDTO();
        l.jurisdiction = j.id;
        l.kind = rule.letterKind();
        l.situation = rule.triggers().isEmpty() ? "TYPICAL_ACCIDENT" : "FREQUENT_ACCIDENTS";
        l.issuer = rule.letterIssuer();
        l.recipient = territory;
        l.title = "关于" + territoryName + (rule.triggers().isEmpty() ? "发生生产安全事故" : "生产安全事故多发") + "的"
                + kindWords(rule.letterKind());
        l.body = territoryName + "：\n" + hit.explanation() + "。依据" + (rule.source() == null ? "有关规定" : "《" + rule.source()
                + "》") + "（" + rule.name() + "），请深刻吸取事故教训，全面排查整治同类风险隐患，严格落实属地管理责任和部门监管责任，"
                + "并将事故调查处理、整改落实情况书面报告。";
        l.requiredResponse = "书面报告事故调查处理和整改落实情况";
        l.responseDeadline = LocalDate.now(AccidentServiceImpl.ZONE).plusDays(org.luoshi.api.settings.ModuleSettings.number(
                settings, jurisdictions, "letters", "responseDays", jurisdictions.unit(l.issuer).orElse(null), 10, 1, 365))
                .toString();
        l.sourceType = "accident";
        l.sourceId = latest;
        try {
            LetterDTO draft = service.draft(self, l);
            a.status = "DRAFTED";
            a.recordType = "letter";
            a.recordId = draft.id;
        } catch (LuoshiException e) {
            LOG.warn("Rule {} of {}: the letter draft was refused: {}", rule.id(), j.id, e.getMessage());
            a.status = "UNAVAILABLE";
            a.text = a.text + "（未能起草：" + e.getMessage() + "）";
        }
    }
}
