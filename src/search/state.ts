import { readState, writeState } from '#src/landscape/filter.ts';
import { facetNames, knownFacetChoices, type FacetName } from './facets.ts';

/** The query and facet choices, as they appear in the URL: ?q=…&type=…&area=…&status=… */
export interface SearchState {
	query: string;
	choices: Partial<Record<FacetName, string>>;
}

const stateParams = ['q', ...facetNames];

export function searchStateFrom(search: string): SearchState {
	const { filters } = readState(search, stateParams);
	return { query: filters['q'] ?? '', choices: knownFacetChoices(filters) };
}

export function searchStateTo(search: string, state: SearchState): string {
	return writeState(search, stateParams, { filters: { q: state.query.trim(), ...state.choices } });
}
