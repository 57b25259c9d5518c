package se.tryggve.governance;

/**
 * What sort of governing document: a programme, a guideline (riktlinje), a plan, or an action plan
 * (åtgärdsplan). An action plan is the plan Lag (2023:196) om kommuners ansvar för brottsförebyggande
 * arbete 5 § asks for, based on the lägesbild of 4 §; its activities are the measures (åtgärder). It
 * has the structure of a programme and is followed up the same way.
 */
public enum DocumentKind {
    PROGRAMME, GUIDELINE, PLAN, ACTION_PLAN
}
