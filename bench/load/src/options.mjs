// The sweep of issue 9: up to 400 editors on one document.
const DEFAULTS = {
  n: [10, 50, 100, 200, 300, 400],
  seconds: 10,
  // Long enough for .NET's tiered JIT to finish on the hot paths of a freshly started server.
  warmup: 3,
  rate: 5,
  servers: ['codraft', 'sharedb', 'hocuspocus'],
};
// Servers that run only when asked for.
const OPTIONAL_SERVERS = ['codraft-msgpack'];
// Bounds that keep one invocation finite and within what one process on a small machine can drive.
const MAX_EDITORS = 1000;
const MAX_SECONDS = 120;
const MAX_RATE = 50;

const USAGE = `usage: node src/main.mjs [--n 10,50,100] [--seconds 10] [--warmup 3] [--rate 5]
                         [--servers codraft,sharedb,hocuspocus,codraft-msgpack] [--codraft-dll path]`;

/** Reads --name value pairs; unknown names and out-of-range values are refused with the usage text. */
export function parseOptions(argv) {
  const options = { ...DEFAULTS, codraftDll: null };
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i];
    const value = argv[i + 1];
    if (value === undefined) {
      fail(`${name} needs a value`);
    }
    switch (name) {
      case '--n':
        options.n = value.split(',').map((v) => whole(v, 1, MAX_EDITORS, name));
        break;
      case '--seconds':
        options.seconds = number(value, 1, MAX_SECONDS, name);
        break;
      case '--warmup':
        options.warmup = number(value, 0, MAX_SECONDS, name);
        break;
      case '--rate':
        options.rate = number(value, 0.1, MAX_RATE, name);
        break;
      case '--servers':
        options.servers = value.split(',');
        for (const s of options.servers) {
          if (!DEFAULTS.servers.includes(s) && !OPTIONAL_SERVERS.includes(s)) {
            fail(`unknown server ${s}; known: ${[...DEFAULTS.servers, ...OPTIONAL_SERVERS].join(', ')}`);
          }
        }
        break;
      case '--codraft-dll':
        options.codraftDll = value;
        break;
      default:
        fail(`unknown option ${name}`);
    }
  }
  return options;
}

function number(text, min, max, name) {
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max) {
    fail(`${name} must be a number from ${min} to ${max}`);
  }
  return value;
}

function whole(text, min, max, name) {
  const value = number(text, min, max, name);
  if (!Number.isInteger(value)) {
    fail(`${name} takes whole numbers`);
  }
  return value;
}

function fail(message) {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}
