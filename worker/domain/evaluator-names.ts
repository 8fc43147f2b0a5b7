// Who did something, as the reader may know it: an enterprise learns which evaluator (expert or reviewer)
// clipped, asked, settled or signed off only when the policy says so (score.readEvaluatorNames: after
// publication, where the framework shows evaluators); its own staff are always named to it.

/** `person` when the reader may see them, else null. */
export const visiblePerson = <P>(person: P, evaluatorNames: boolean, enterpriseStaff = false): P | null => (evaluatorNames || enterpriseStaff ? person : null);
