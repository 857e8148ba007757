// `datdot job …`: the compute-job side of the client (the Jobs pallet).
//
//   datdot job post --spec <file|0xhash> --input <file|0xhash> --payment PLANCKS --blocks N
//                   [--min-reputation N] [--cpu MILLICORES] [--ram BYTES]
//   datdot job claim <job>
//   datdot job submit <job> <result-file|0xhash>
//   datdot job accept <job>
//   datdot job dispute <job>
//   datdot job cancel <job>
//   datdot job rate <job> <1-5>
//   datdot job status <job>
import fs from 'node:fs';

import { u8aToHex } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';

export const JOB_USAGE = `  datdot job post --spec <file|0xhash> --input <file|0xhash> --payment PLANCKS --blocks N
                  [--min-reputation N] [--cpu MILLICORES] [--ram BYTES]
  datdot job claim|accept|dispute|cancel|status <job>
  datdot job submit <job> <result-file|0xhash>
  datdot job rate <job> <1-5>`;

/** A 32-byte hash given as 0x-hex, or the BLAKE2b-256 of a file's contents. */
function hashOf (arg, what, UserError) {
  if (!arg) throw new UserError(`${what} is missing`);
  if (/^0x[0-9a-fA-F]{64}$/.test(arg)) return arg;
  try {
    return u8aToHex(blake2AsU8a(fs.readFileSync(arg), 256));
  } catch (e) {
    throw new UserError(`${what}: not a 0x… 32-byte hash and cannot read ${arg}: ${e.message}`);
  }
}

function jobId (arg, UserError) {
  const id = Number(arg);
  if (arg === undefined || !Number.isInteger(id) || id < 0) throw new UserError(`not a job id: ${arg}`);
  return id;
}

function flags (argv, names, UserError) {
  const out = {};
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--')) {
      const name = argv[i].slice(2);
      if (!names.includes(name)) throw new UserError(`unknown option ${argv[i]}`);
      if (i + 1 >= argv.length) throw new UserError(`${argv[i]} needs a value`);
      out[name] = argv[++i];
    } else rest.push(argv[i]);
  }
  return { out, rest };
}

const whole = (v, name, UserError) => {
  if (!/^[0-9]+$/.test(String(v))) throw new UserError(`--${name} must be a whole number`);
  return BigInt(v);
};

/** Runs `datdot job <sub> …` with a connected api and signer. */
export async function jobCommand ({ api, signer, send, say, UserError, formatDat }, argv) {
  if (!api.tx.jobs) throw new UserError('this chain has no Jobs pallet');
  const [sub, ...args] = argv;
  const event = (events, name) => events.find(({ event }) => event.section === 'jobs' && event.method === name)?.event;
  switch (sub) {
    case 'post': {
      const { out } = flags(args, ['spec', 'input', 'payment', 'blocks', 'min-reputation', 'cpu', 'ram'], UserError);
      const payment = whole(out.payment, 'payment', UserError);
      const blocks = Number(whole(out.blocks, 'blocks', UserError));
      const now = (await api.rpc.chain.getHeader()).number.toNumber();
      const requirements = {
        minReputation: Number(out['min-reputation'] || 0),
        resources: { storage: 0, bandwidth: 0, cpu: Number(out.cpu || 0), ram: BigInt(out.ram || 0) },
        deadline: now + blocks
      };
      const events = await send(api, api.tx.jobs.post(hashOf(out.spec, '--spec', UserError), hashOf(out.input, '--input', UserError), requirements, payment), signer);
      const e = event(events, 'JobPosted');
      say(`job ${e.data.job} posted; ${formatDat(api, e.data.payment)} held in escrow until block ${e.data.deadline}`);
      return e.data.job.toNumber();
    }
    case 'claim': {
      const e = event(await send(api, api.tx.jobs.claim(jobId(args[0], UserError)), signer), 'JobClaimed');
      say(`job ${e.data.job} claimed by ${e.data.worker}; submit by block ${e.data.until}`);
      return;
    }
    case 'submit': {
      const id = jobId(args[0], UserError);
      const e = event(await send(api, api.tx.jobs.submitResult(id, hashOf(args[1], 'the result', UserError), null), signer), 'ResultSubmitted');
      say(`result ${e.data.result} submitted for job ${id}; accepted automatically at block ${e.data.acceptAt} unless disputed`);
      return;
    }
    case 'accept':
    case 'dispute':
    case 'cancel': {
      const id = jobId(args[0], UserError);
      const events = await send(api, api.tx.jobs[sub](id), signer);
      const done = event(events, 'JobCompleted') || event(events, 'JobDisputed') || event(events, 'JobCancelled');
      say(`job ${id}: ${done.method} ${JSON.stringify(done.data.toHuman())}`);
      return;
    }
    case 'rate': {
      const id = jobId(args[0], UserError);
      const stars = Number(args[1]);
      if (!Number.isInteger(stars) || stars < 1 || stars > 5) throw new UserError('a rating is 1 to 5 stars');
      await send(api, api.tx.reputation.rate(id, stars), signer);
      say(`job ${id}: rated ${stars}/5`);
      return;
    }
    case 'status': {
      const id = jobId(args[0], UserError);
      const job = await api.query.jobs.jobs(id);
      if (job.isNone) throw new UserError(`no live job ${id} (it never existed, or it has been settled)`);
      const j = job.unwrap();
      say(`job ${id}: ${j.status.type}, client ${j.client}, payment ${formatDat(api, j.payment)}, deadline ${j.requirements.deadline}`);
      say(`  status: ${JSON.stringify(j.status.toHuman())}`);
      return;
    }
    default:
      throw new UserError(sub ? `unknown job command ${sub}` : 'job needs a command');
  }
}
