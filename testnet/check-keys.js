// zombienet `js-script`: the node's keystore holds its `ddot` key (the profile key the
// `local` preset registers for //<Name>) and, for authorities, babe/gran.
// Returns 1 when every expected key is present.
async function run (nodeName, networkInfo) {
  const { wsUri, userDefinedTypes } = networkInfo.nodesByName[nodeName];
  const api = await zombie.connect(wsUri, userDefinedTypes);
  await zombie.util.cryptoWaitReady();
  const seed = `//${nodeName[0].toUpperCase()}${nodeName.slice(1)}`;
  const sr = new zombie.Keyring({ type: 'sr25519' }).addFromUri(seed);
  const ed = new zombie.Keyring({ type: 'ed25519' }).addFromUri(seed);
  const want = [['ddot', sr.publicKey]];
  if (nodeName === 'alice' || nodeName === 'bob') want.push(['babe', sr.publicKey], ['gran', ed.publicKey]);
  for (const [type, pk] of want) {
    const has = (await api.rpc.author.hasKey('0x' + Buffer.from(pk).toString('hex'), type)).toJSON();
    if (!has) { console.log(`${nodeName}: no ${type} key`); await api.disconnect(); return 0; }
  }
  await api.disconnect();
  return 1;
}
module.exports = { run };
