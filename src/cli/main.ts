#!/usr/bin/env node
// PLACEHOLDER: replaced by the CLI stage.
import { compare } from '../index.js';
void compare;
