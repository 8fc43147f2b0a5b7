// Fails the install early when npm scripts are not running on the project's own Node (>= 22).
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`csr-clipper needs Node >= 22.12 for its scripts, got ${process.versions.node}.`);
  console.error('The "node" devDependency should provide it; was npm run with --ignore-scripts?');
  process.exit(1);
}
