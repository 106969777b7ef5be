import { readFileSync } from 'node:fs';
import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';

/*
 * The node OS interface sketch is published as a .proto file and shown on its proposal page. It must stay
 * valid proto3 whose every type resolves, so that anyone can generate a client or server from it.
 */
const protoPath = 'public/proposals/kubelet-os-interface/v1alpha1/os.proto';

function compile(source: string): protobuf.Root {
	const root = new protobuf.Root();
	// The well-known types the file imports ship with protobufjs; parse() does not load imports itself.
	for (const file of ['google/protobuf/duration.proto', 'google/protobuf/timestamp.proto']) {
		const definition = protobuf.common.get(file);
		if (definition) root.addJSON(definition.nested ?? {});
	}
	protobuf.parse(source, root, { keepCase: true });
	// Throws on any type the file names but does not define or import.
	root.resolveAll();
	return root;
}

describe('the node OS interface .proto', () => {
	const source = readFileSync(protoPath, 'utf8');
	const root = compile(source);

	it('is proto3 in a versioned package', () => {
		// Declared proto3, the parser holds the file to proto3's rules (it rejects `required`, for one).
		expect(source).toMatch(/^syntax = "proto3";$/m);
		expect(protobuf.parse(source, { keepCase: true }).package).toBe('wgspos.nodeos.v1alpha1');
	});

	it('defines the NodeOS service with the operations the proposal describes', () => {
		const service = root.lookupService('wgspos.nodeos.v1alpha1.NodeOS');
		expect(Object.keys(service.methods).sort()).toEqual(
			[
				'ApplyKubeletConfig',
				'GetIdentity',
				'GetUpdateStatus',
				'InhibitShutdown',
				'ReleaseShutdownInhibitor',
				'RequestShutdown',
				'StageUpdate',
				'Version',
				'WatchEvents',
			].sort()
		);
		expect(service.methods['WatchEvents']?.responseStream).toBe(true);
		expect(service.methods['GetIdentity']?.resolvedResponseType?.name).toBe('Identity');
	});

	it('rejects a file whose types do not resolve, so the check above can fail', () => {
		expect(() => compile(source.replace('returns (Identity)', 'returns (Identiy)'))).toThrow(
			/Identiy/
		);
	});
});
