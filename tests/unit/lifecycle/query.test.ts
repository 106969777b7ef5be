import { describe, expect, it } from 'vitest';
import {
	productsFromQuery,
	queryWithProducts,
	queryWithValues,
	valuesFromQuery,
} from '#src/lifecycle/query.ts';

const known = ['kubernetes', 'eks', 'talos'];

describe('products in the query string', () => {
	it('reads the named products that exist, and nothing means all', () => {
		expect(productsFromQuery('?products=talos,nope,kubernetes', known)).toEqual([
			'talos',
			'kubernetes',
		]);
		expect(productsFromQuery('?products=', known)).toEqual([]);
		expect(productsFromQuery('?other=1', known)).toBeUndefined();
	});

	it('writes the choice in the site order, drops it when all are shown, and keeps other parameters', () => {
		expect(queryWithProducts('?os=talos-1.14', ['talos', 'kubernetes'], known)).toBe(
			'?os=talos-1.14&products=kubernetes,talos'
		);
		expect(queryWithProducts('?products=eks', known, known)).toBe('');
	});
});

describe('stack choice in the query string', () => {
	it('round-trips and leaves the products choice alone', () => {
		const query = queryWithValues('?products=eks', {
			platform: 'eks-1.33',
			os: 'talos-1.14',
			runtime: 'containerd-2.3',
		});
		expect(query).toBe('?products=eks&platform=eks-1.33&os=talos-1.14&runtime=containerd-2.3');
		expect(valuesFromQuery(query, ['platform', 'os', 'runtime'])).toEqual({
			platform: 'eks-1.33',
			os: 'talos-1.14',
			runtime: 'containerd-2.3',
		});
		expect(valuesFromQuery('?os=a', ['platform', 'os'])).toEqual({ os: 'a' });
	});

	it('takes a key out when its new value is undefined', () => {
		expect(
			queryWithValues('?platform=eks-1.33&runtime=containerd-2.3', {
				platform: 'kubernetes-1.36',
				runtime: undefined,
			})
		).toBe('?platform=kubernetes-1.36');
	});
});
