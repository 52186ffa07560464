export interface FunctionsMetadata {
  allowErrorForDataTypeAny?: boolean;
  functions: {
    id: string;
    name: string;
    description: string;
    parameters: { name: string; description: string; optional?: boolean; dimensionality?: string; type?: string }[];
    result?: { dimensionality?: string };
  }[];
}
export function finishMetadata(metadataJson: string): FunctionsMetadata;
export function swedishMetadata(metadata: FunctionsMetadata): FunctionsMetadata;
