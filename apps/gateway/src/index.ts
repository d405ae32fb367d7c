export { startGateway } from './gateway.ts';
export type { Gateway, GatewayOptions } from './gateway.ts';
export { installedPlugins } from './plugins.ts';
export {
  readTrustedDocuments,
  registerTrustedDocuments,
  type TrustedDocument,
} from './cli/trusted-documents.ts';
