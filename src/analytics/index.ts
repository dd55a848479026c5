/** The analytics and relations library used by the CLI and the HTTP API. */
export { dyadSeries, type Interval, type SeriesPoint } from './series.ts';
export { dyadHistory, type DyadHistory } from './history.ts';
export { actorProfile, listActors, type ActorProfile, type ActorSummary } from './profiles.ts';
export { relationGraph, type RelationGraph } from './graph.ts';
export { searchText, type SearchHit } from './search.ts';
export { dbStats, type DbStats } from './stats.ts';
export { listRelations, type Relation, type RelationFilter } from '../relations/list.ts';
export { refreshDerived } from '../relations/refresh.ts';
