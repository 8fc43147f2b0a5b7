// An enterprise's dimension scores in a round as one JSON object by dimension code, for selects over result_enterprise.
import { sql } from 'drizzle-orm';
import { resultEnterprise } from '../db/schema';

export const dimensionScoresJson = sql<string | null>`(SELECT json_group_object(i.code, n.score) FROM result_node n JOIN indicator i ON i.id = n.indicator_id
  WHERE n.round_id = ${resultEnterprise.roundId} AND n.generation = ${resultEnterprise.generation} AND n.enterprise_id = ${resultEnterprise.enterpriseId} AND n.level = 1)`;

export const parseDimensionScores = (json: string | null) => JSON.parse(json ?? '{}') as Record<string, number | null>;
