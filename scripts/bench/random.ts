/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same sequence on every machine and
 * Node version, so the benchmark's corpus is identical from run to run and the numbers can be compared.
 */
export class Random {
	#state: number;

	constructor(seed: number) {
		this.#state = seed >>> 0;
	}

	/** A float in [0, 1). */
	next(): number {
		this.#state = (this.#state + 0x6d2b79f5) >>> 0;
		let value = this.#state;
		value = Math.imul(value ^ (value >>> 15), value | 1);
		value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
		return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
	}

	/** An integer in [min, max], both included. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	pick<Item>(items: readonly Item[]): Item {
		if (items.length === 0) throw new Error('cannot pick from an empty list');
		return items[Math.floor(this.next() * items.length)] as Item;
	}
}

/**
 * Draws ranks 0..size-1 with probability proportional to 1/(rank+1), as word frequencies fall off in real text
 * (Zipf's law): a few words are everywhere, most are rare. That shape decides how large a search index grows.
 */
export class ZipfSampler {
	readonly #cumulative: number[];

	constructor(size: number) {
		let total = 0;
		this.#cumulative = Array.from({ length: size }, (_, rank) => (total += 1 / (rank + 1)));
		this.#cumulative = this.#cumulative.map((value) => value / total);
	}

	rank(random: Random): number {
		const target = random.next();
		let low = 0;
		let high = this.#cumulative.length - 1;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if ((this.#cumulative[middle] as number) < target) low = middle + 1;
			else high = middle;
		}
		return low;
	}
}
