/** Every LIKVARD function's descriptor, in the order Excel lists them. */
import { ALLOCATE } from "./allocate";
import { FunctionDescriptor } from "./descriptor";
import { EQUITYGAP } from "./equitygap";
import { EXPECTED } from "./expected";
import { SOCIOFIT } from "./sociofit";
import { SOCIOINDEX } from "./socioindex";

export const FUNCTIONS: readonly FunctionDescriptor[] = [SOCIOINDEX, SOCIOFIT, ALLOCATE, EQUITYGAP, EXPECTED];
