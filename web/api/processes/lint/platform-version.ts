/** The oldest Camunda 8 version Pishkhan's models target; older declarations are checked against it. */
export const MINIMUM_PLATFORM_VERSION = '8.6';

const CAMUNDA_8 = 'Camunda Cloud';

export interface PlatformTarget {
  /** `major.minor`, e.g. `8.6`. */
  readonly version: string;
  /** The name of the bpmnlint-plugin-camunda-compat configuration, e.g. `camunda-cloud-8-6`. */
  readonly configName: string;
  /** The model declares Camunda 7 or another platform: it cannot run here at all. */
  readonly foreignPlatform: string | undefined;
}

function minorOf(version: string): [number, number] | undefined {
  const match = /^(\d+)\.(\d+)/.exec(version.trim());
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

function compare(a: [number, number], b: [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}

/**
 * The Camunda version to check a model against: the one it declares (`modeler:executionPlatformVersion`,
 * as Camunda Modeler does), but never older than 8.6 nor newer than the newest the rules know.
 */
export function platformTarget(declaredPlatform: string | undefined, declaredVersion: string | undefined, knownConfigs: readonly string[]): PlatformTarget {
  const known = knownConfigs
    .map((name) => /^camunda-cloud-(\d+)-(\d+)$/.exec(name))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => [Number(match[1]), Number(match[2])] as [number, number])
    .sort(compare);
  const minimum = minorOf(MINIMUM_PLATFORM_VERSION)!;
  const newest = known.at(-1) ?? minimum;
  let wanted = (declaredVersion && minorOf(declaredVersion)) || minimum;
  if (compare(wanted, minimum) < 0) wanted = minimum;
  if (compare(wanted, newest) > 0) wanted = newest;
  return {
    version: `${wanted[0]}.${wanted[1]}`,
    configName: `camunda-cloud-${wanted[0]}-${wanted[1]}`,
    foreignPlatform: declaredPlatform !== undefined && declaredPlatform !== CAMUNDA_8 ? declaredPlatform : undefined,
  };
}
