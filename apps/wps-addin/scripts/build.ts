/** `npm run wps:build [-- --origin https://intranet/jixiao/] [--out dir]`: see wps-build.ts. */
import { buildWps } from './wps-build.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  if (i >= 0) return process.argv[i + 1];
  return process.argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

const out = arg('--out');
const origin = arg('--origin') ?? process.env.JIXIAO_WPS_ORIGIN;
const result = await buildWps({
  ...(out ? { outDir: out } : {}),
  ...(origin ? { origin } : {}),
  withDev: process.argv.includes('--with-dev'),
});
console.log(
  `WPS 加载项 ${result.version}: online ${result.online}, offline ${result.offline}, publish.xml in ${result.outDir}/wps-addon-publish`,
);
