// Plain JavaScript on purpose: it must run, and explain itself, under whatever Node is on the PATH.
const wanted = 24;
const [major] = process.versions.node.split('.').map(Number);
if (major !== wanted) {
	console.error(
		`This project needs Node ${wanted} LTS, but npm is running Node ${process.versions.node}.\n` +
			`Run \`npm ci\` (without --ignore-scripts): it installs Node ${wanted} as a dev dependency and npm scripts use it.\n` +
			`Or install Node ${wanted} yourself (the version is in .nvmrc).`
	);
	process.exit(1);
}
