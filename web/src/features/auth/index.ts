// The auth feature's public face: what the app's routes and the other features use.
export { accountKeys, isEmailNotVerified, useAccountRefresh, useMe, useSignedIn, useSignOut } from './api/account';
export { ConfirmEmail, VerifyEmail } from './components/EmailLinks';
export { ForgotPassword, ResetPassword } from './components/Password';
export { SignIn, SignUp } from './components/SignIn';
export { VerifyBanner } from './components/VerifyBanner';
