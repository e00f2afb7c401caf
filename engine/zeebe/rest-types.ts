import type { RestClient } from './camunda-clients.js';

/** The shapes of the Orchestration Cluster REST API responses the adapter reads, as the SDK types them. */
type ItemOf<M extends (...args: never[]) => unknown> = Awaited<ReturnType<M>> extends { items?: Array<infer I> } ? I : never;

export type RestUserTask = ItemOf<RestClient['searchUserTasks']>;
export type RestUserTaskState = NonNullable<RestUserTask['state']>;
export type RestIncident = ItemOf<RestClient['searchIncidents']>;
export type RestIncidentErrorType = NonNullable<RestIncident['errorType']>;
export type RestIncidentState = NonNullable<RestIncident['state']>;
export type RestProcessInstance = ItemOf<RestClient['searchProcessInstances']>;
export type RestProcessDefinition = ItemOf<RestClient['searchProcessDefinitions']>;
export type RestElementInstance = ItemOf<RestClient['searchElementInstances']>;
export type RestVariable = ItemOf<RestClient['searchVariables']>;
