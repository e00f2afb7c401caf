/** Who deployed a version; null when it came from the processes folder at start-up. */
export interface ProcessDeployer {
  readonly userId: number;
  readonly displayName: string;
}

/** One deployed version of a process. Instants are ISO strings. */
export interface ProcessVersionSummary {
  readonly processDefinitionKey: string;
  readonly version: number;
  readonly name: string | null;
  readonly resourceName: string;
  readonly deployedAt: string;
  readonly deployedBy: ProcessDeployer | null;
  /** Instances of this version still running. */
  readonly activeInstances: number;
}

/** A process with every version, newest first. */
export interface ProcessSummary {
  readonly bpmnProcessId: string;
  /** The latest version's name. */
  readonly name: string | null;
  readonly latestVersion: number;
  readonly activeInstances: number;
  readonly versions: readonly ProcessVersionSummary[];
}

/** GET /api/processes */
export interface ProcessListResponse {
  readonly processes: readonly ProcessSummary[];
}

/** GET /api/processes/:bpmnProcessId/versions/:version */
export interface ProcessVersionXml {
  readonly bpmnProcessId: string;
  readonly version: number;
  readonly processDefinitionKey: string;
  readonly resourceName: string;
  readonly xml: string;
}

export type LintSeverity = 'error' | 'warning' | 'info';

/** One problem the Camunda compatibility rules (or the engine) found in a model. */
export interface LintProblem {
  /** The element (or sequence flow) to highlight; the process or `(file)` for the whole model. */
  readonly elementId: string;
  readonly elementName: string | null;
  readonly severity: LintSeverity;
  /** The bpmnlint rule (`camunda-compat/implementation`), or `engine` for a deploy-time rejection. */
  readonly rule: string;
  /** In the language the request asked for. */
  readonly message: string;
}

/** POST /api/processes/lint */
export interface LintRequest {
  readonly xml: string;
}

export interface LintResponse {
  /** The Camunda platform version the model was checked against, e.g. `8.6`. */
  readonly platformVersion: string;
  readonly problems: readonly LintProblem[];
}

/** POST /api/processes/deployments */
export interface DeployRequest {
  readonly xml: string;
  /** `ticket-lifecycle.bpmn`; defaults to `<process id>.bpmn`. */
  readonly resourceName?: string;
}

/** 201 from POST /api/processes/deployments. */
export interface DeployResponse {
  readonly bpmnProcessId: string;
  readonly version: number;
  readonly processDefinitionKey: string;
  /** False when the XML equals the latest version's: nothing new was deployed. */
  readonly created: boolean;
  /** Warnings of the linter; errors would have stopped the deployment. */
  readonly warnings: readonly LintProblem[];
}

/**
 * 422 from POST /api/processes/deployments: `lint` when the compatibility rules found errors,
 * `engine` when the process engine refused the model. Nothing was deployed.
 */
export interface DeployRejection {
  readonly error: 'business_rule';
  readonly code: 'process.lintFailed' | 'process.rejectedByEngine' | 'process.invalid';
  readonly message: string;
  readonly problems: readonly LintProblem[];
}

export interface PathIncident {
  readonly elementId: string;
  readonly type: string;
  readonly message: string;
  readonly createdAt: string;
}

/** One step of an instance's path, oldest first. */
export interface PathStep {
  readonly elementId: string;
  readonly elementType: string | null;
  readonly kind: 'activated' | 'completed' | 'terminated' | 'flowTaken' | 'incident' | 'incidentResolved';
  readonly at: string;
  /** A user id, `worker:<type>`, `engine` or `system`, as the engine recorded it. */
  readonly actor: string | null;
}

/** GET /api/processes/instances/:processInstanceKey/path: what to draw on the diagram. */
export interface InstancePath {
  readonly processInstanceKey: string;
  readonly bpmnProcessId: string;
  readonly version: number;
  readonly processDefinitionKey: string;
  readonly state: 'ACTIVE' | 'COMPLETED' | 'TERMINATED';
  readonly startedAt: string;
  readonly endedAt: string | null;
  /** The diagram of the version this instance runs on. */
  readonly xml: string;
  /** Elements entered and left (also when entered again and still active). */
  readonly completedElementIds: readonly string[];
  /** Elements where a token waits now. */
  readonly activeElementIds: readonly string[];
  /** Elements left without completing (an interrupting event, a cancellation). */
  readonly terminatedElementIds: readonly string[];
  readonly takenFlowIds: readonly string[];
  /** Incidents still open. */
  readonly incidents: readonly PathIncident[];
  readonly steps: readonly PathStep[];
}
