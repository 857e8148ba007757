// Type-checks (never runs): with the generated augmentation imported, the chain's
// calls, storage and events are typed. Each `@ts-expect-error` below must be an error,
// so `tsc` fails if the augmentation stops applying (tests/unit/typegen.test.js).
import './interfaces/augment-api';
import './interfaces/augment-types';

import type { ApiPromise } from '@polkadot/api';

export async function typed (api: ApiPromise): Promise<void> {
  const tx = api.tx.plans.subscribe({ datasets: [], ranges: [], replication: 2, regions: [], start: null, end: 100, price: 1, minReputation: 0, performance: null });
  const hash: string = tx.method.hash.toHex();
  const contract = await api.query.hosting.contracts(0);
  if (contract.isSome) {
    const start: number = contract.unwrap().start.toNumber();
    void start;
  }
  const events = await api.query.system.events();
  for (const { event } of events) {
    if (api.events.proofsOfStorage.Fault.is(event)) {
      const faults: number = event.data.faults.toNumber();
      void faults;
    }
  }
  void hash;
  // @ts-expect-error: plans.unsubscribe takes a plan id, not a string of words
  api.tx.plans.unsubscribe('not a number', 1);
  // @ts-expect-error: plans.pause takes a plan id, not an object
  api.tx.plans.pause({ plan: 1 });
  // @ts-expect-error: the Fault event has no `paid` field
  api.events.proofsOfStorage.Fault.is(events[0].event) && events[0].event.data.paid;
}
